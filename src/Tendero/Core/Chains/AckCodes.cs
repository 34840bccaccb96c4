namespace Tendero.Core.Chains;

/// <summary>
/// The replies that acknowledge an alert: a reply code by SMS or chat ("1", "OK", "recibido"), the Telegram
/// button (callback data "ack:&lt;chain id&gt;") or key 1 on a call. Any other text is a reply, not an ack.
/// </summary>
public static class AckCodes
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "1", "ok", "okay", "si", "sí", "recibido", "recibida", "listo", "visto", "confirmo", "confirmado", "yes", "ack", "received", "got it", "✅", "👍",
    };

    public static string ButtonData(long chainId) => $"ack:{chainId}";

    /// <summary>Button data that answers a question an alert asked (a reservation reminder's Confirm or Cancel).</summary>
    public const string AnswerPrefix = "reservation:";

    public static bool IsAnswerButton(string? data) => data?.StartsWith(AnswerPrefix, StringComparison.Ordinal) == true;

    public static bool IsAckText(string? text) =>
        text is not null && Words.Contains(text.Trim().TrimEnd('.', '!').Trim());

    /// <summary>Classifies one inbound message from the person: an ack, a plain reply, or nothing for this chain.</summary>
    public static ChainSignal? Classify(long chainId, string kind, string? text) => kind switch
    {
        "callback" => text == ButtonData(chainId) || IsAnswerButton(text) ? ChainSignal.Acked : null,
        // A tapped quick reply of a WhatsApp template (Confirm, Cancel): the person answered, whichever they chose.
        "button" => ChainSignal.Acked,
        "keypress" => text?.Trim() == "1" ? ChainSignal.Acked : null,
        _ => IsAckText(text) ? ChainSignal.Acked : ChainSignal.Replied,
    };
}
