namespace Tendero.Config;

/// <summary>
/// An approved WhatsApp template, sent instead of free-form text when the 24-hour window is closed.
/// <paramref name="Parameters"/> name the message's data fields that fill {{1}}, {{2}}… in order; "text" is the message text.
/// </summary>
public sealed record WhatsAppTemplate(string Kind, string Name, string Language, string Category, IReadOnlyList<string> Parameters)
{
    /// <summary>
    /// The template's quick-reply buttons, in the order Meta shows them (index 0 first). Each names the data field that
    /// holds its payload; the label is the approved one, used again for a Telegram inline keyboard.
    /// </summary>
    public IReadOnlyList<TemplateButton> Buttons { get; init; } = [];
}

/// <summary>A quick-reply button: its label and the data field whose value is its payload.</summary>
public sealed record TemplateButton(string Text, string PayloadField);

/// <summary>How long an SMS may get: longer texts are first written in GSM-7 letters (when allowed), then shortened.</summary>
public sealed record SmsPolicy(int MaxSegments = 3, bool Transliterate = true);
