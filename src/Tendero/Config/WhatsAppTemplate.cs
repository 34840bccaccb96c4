namespace Tendero.Config;

/// <summary>
/// An approved WhatsApp template, sent instead of free-form text when the 24-hour window is closed.
/// <paramref name="Parameters"/> name the message's data fields that fill {{1}}, {{2}}… in order; "text" is the message text.
/// </summary>
public sealed record WhatsAppTemplate(string Kind, string Name, string Language, string Category, IReadOnlyList<string> Parameters);

/// <summary>How long an SMS may get: longer texts are first written in GSM-7 letters (when allowed), then shortened.</summary>
public sealed record SmsPolicy(int MaxSegments = 3, bool Transliterate = true);
