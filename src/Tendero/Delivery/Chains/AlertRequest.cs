using System.Text.Json;

namespace Tendero.Delivery.Chains;

/// <summary>
/// Start an alert: <paramref name="To"/> is a contact id or an address (+50760001111 reaches WhatsApp, SMS and voice;
/// telegram:42 only Telegram). <paramref name="Data"/> fills WhatsApp template parameters. A repeated
/// <paramref name="IdempotencyKey"/> returns the first alert instead of starting a second.
/// </summary>
public sealed record AlertRequest(string? To, string? Policy, bool Critical, string? Text, JsonElement? Data, string? IdempotencyKey);

/// <summary>What happened to an alert request: started (or found by its key), or refused with a reason.</summary>
public abstract record AlertResult
{
    private AlertResult() { }

    public sealed record Started(long ChainId, bool Created) : AlertResult;

    /// <summary><paramref name="Status"/> is the HTTP status that fits: 400 for bad input, 404 for an unknown contact.</summary>
    public sealed record Refused(int Status, string Title, string Detail) : AlertResult;
}
