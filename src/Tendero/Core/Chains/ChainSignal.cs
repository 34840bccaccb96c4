namespace Tendero.Core.Chains;

/// <summary>
/// What a person did with an alert, weakest first. A wait step ends when a signal at least as strong as the one it
/// waits for arrives: a reply also proves the message was read, and an acknowledgement proves everything.
/// Telegram and SMS give no read receipts, so on those channels "read" can only be met by a reply or an ack.
/// </summary>
public enum ChainSignal
{
    Delivered,
    Read,
    Replied,
    Acked,
}

public static class ChainSignals
{
    public static string Name(this ChainSignal signal) => signal.ToString().ToLowerInvariant();

    public static bool TryParse(string? text, out ChainSignal signal) =>
        Enum.TryParse(text?.Trim(), ignoreCase: true, out signal) && Enum.IsDefined(signal) && !int.TryParse(text, out _);
}
