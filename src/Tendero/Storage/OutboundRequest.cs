using Tendero.Core;

namespace Tendero.Storage;

/// <summary>
/// What to queue. <paramref name="Priority"/>: 0 answers a customer and goes first, 1 is normal, 2 is bulk and goes last.
/// <paramref name="DataJson"/> is a JSON object of strings that a WhatsApp template's parameters are taken from.
/// <paramref name="IdempotencyKey"/>, when set, makes a second request with the same key queue nothing.
/// </summary>
public sealed record OutboundRequest(string BusinessId, Address To, string Text)
{
    public string Kind { get; init; } = "text";
    public int Priority { get; init; } = 1;
    public string? Language { get; init; }
    public string? DataJson { get; init; }
    public long? ChainId { get; init; }
    public string? IdempotencyKey { get; init; }

    /// <summary>The inbound message this answers (one reply each); it times the response.</summary>
    public long? ReplyTo { get; init; }
}
