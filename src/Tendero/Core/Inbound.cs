namespace Tendero.Core;

/// <summary>A message a person sent us, as parsed from a provider's webhook or poll.</summary>
/// <param name="ProviderId">The provider's id, unique per business and channel; the dedupe key.</param>
/// <param name="Kind">text, button, interactive, callback, image, … (other kinds are stored with their raw JSON).</param>
/// <param name="Raw">The provider's own JSON for this message, kept so that nothing is lost.</param>
public sealed record InboundMessage(
    ChannelKind Channel,
    string ProviderId,
    string From,
    string? ContactName,
    string? Language,
    string Kind,
    string? Text,
    DateTimeOffset SentAt,
    string? Raw);

/// <summary>A provider's report on a message we sent.</summary>
/// <param name="OurMessageId">Our ledger id when the provider echoes it (WhatsApp biz_opaque_callback_data).</param>
public sealed record StatusReport(
    ChannelKind Channel,
    string ProviderId,
    MessageStatus Status,
    DateTimeOffset At,
    string? ErrorCode,
    string? ErrorReason,
    long? OurMessageId);

/// <summary>Everything one webhook call carried. Stored in one transaction before the webhook is answered.</summary>
public sealed record InboundBatch(string BusinessId, IReadOnlyList<InboundMessage> Messages, IReadOnlyList<StatusReport> Statuses)
{
    public bool IsEmpty => Messages.Count == 0 && Statuses.Count == 0;
}
