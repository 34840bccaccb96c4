namespace Tendero.Core;

/// <summary>
/// The life of a message. Inbound messages are <see cref="Received"/>. Outbound ones move
/// queued → sending → sent → delivered → read, or end <see cref="Failed"/>; they never move backwards.
/// </summary>
public enum MessageStatus
{
    Received,
    Queued,
    Sending,
    Sent,
    Delivered,
    Read,
    Failed,
}

public static class MessageStatuses
{
    public static string Name(this MessageStatus status) => status.ToString().ToLowerInvariant();

    public static MessageStatus Parse(string name) =>
        Enum.TryParse<MessageStatus>(name, ignoreCase: true, out var status)
            ? status
            : throw new FormatException($"Unknown message status '{name}'.");

    /// <summary>
    /// Whether a provider's status report may replace the current one. Providers send reports out of order
    /// (a "delivered" can come after "read"), so a report only ever moves a message forward. A failure
    /// is final once the message was sent but never overrides a delivery the person already got.
    /// </summary>
    public static bool CanAdvance(MessageStatus current, MessageStatus reported) => reported switch
    {
        MessageStatus.Failed => current is MessageStatus.Queued or MessageStatus.Sending or MessageStatus.Sent,
        // Received is an inbound message's only status: no report applies to it.
        MessageStatus.Sent or MessageStatus.Delivered or MessageStatus.Read =>
            current is not (MessageStatus.Failed or MessageStatus.Received) && Rank(reported) > Rank(current),
        _ => false,
    };

    private static int Rank(MessageStatus status) => status switch
    {
        MessageStatus.Queued => 0,
        MessageStatus.Sending => 1,
        MessageStatus.Sent => 2,
        MessageStatus.Delivered => 3,
        MessageStatus.Read => 4,
        _ => -1,
    };
}
