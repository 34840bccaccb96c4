namespace Tendero.Core;

/// <summary>One outbound message as a sender sees it: claimed from the ledger, with the lease that fences its completion.</summary>
public sealed record OutboundMessage(long Id, string BusinessId, Address To, string Text, int Attempt)
{
    /// <summary>Set when WhatsApp must send an approved template instead of free-form text (outside the 24-hour window).</summary>
    public TemplateSend? Template { get; init; }

    /// <summary>Buttons under the message (a Telegram inline keyboard). Pressing one comes back as a callback with its data.</summary>
    public IReadOnlyList<ReplyButton> Buttons { get; init; } = [];

    /// <summary>The recipient's language, "es" or "en": a phone call speaks in it.</summary>
    public string Language { get; init; } = "es";
}

/// <summary>An approved WhatsApp template: its name, language code (such as <c>es</c> or <c>en_US</c>) and body parameters in order.</summary>
public sealed record TemplateSend(string Name, string Language, IReadOnlyList<string> Parameters)
{
    /// <summary>The payload of each quick-reply button, by index: what comes back in the inbound <c>button.payload</c> when it is tapped.</summary>
    public IReadOnlyList<string> ButtonPayloads { get; init; } = [];
}

/// <summary>One button: the label a person sees and the data we get back when it is pressed (at most 64 bytes on Telegram).</summary>
public sealed record ReplyButton(string Label, string Data);
