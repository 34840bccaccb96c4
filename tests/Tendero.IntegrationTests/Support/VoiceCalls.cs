using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Support;

/// <summary>A call placed by la-fonda, as the webhook tests need it: the form Twilio posts about it and its ledger rows.</summary>
public static class VoiceCalls
{
    public const string CallSid = "CA0123456789abcdef0123456789abcdef";
    public const string Keypress = "/webhooks/twilio/la-fonda/voice";
    public const string Status = "/webhooks/twilio/la-fonda/voice/status";

    public static Dictionary<string, string> CallForm(params (string Name, string Value)[] extra)
    {
        var form = new Dictionary<string, string>
        {
            ["CallSid"] = CallSid, ["AccountSid"] = "AC00000000000000000000000000000000", ["From"] = "+15005550006",
            ["To"] = "+50761234567", ["Direction"] = "outbound-api", ["ApiVersion"] = "2010-04-01",
        };
        foreach (var (name, value) in extra)
        {
            form[name] = value;
        }
        return form;
    }

    /// <summary>An outbound call as the dispatcher leaves it once Twilio accepted it, with its cost row when priced.</summary>
    public static Task<long> PlaceCallAsync(TestApp app, string? language, long? unitMicros = null) =>
        app.Get<IDatabase>().WriteAsync(async (c, t) =>
        {
            var id = await c.ExecuteScalarAsync<long>(new CommandDefinition(
                """
                INSERT INTO messages (business_id, channel, direction, address, kind, text, status, provider_id, language,
                                      created_at, updated_at, sent_at)
                VALUES ('la-fonda', 'voice', 'out', '+50761234567', 'text', 'Su pedido sale a las 8.', 'sent', @sid, @language, 1, 1, 1)
                RETURNING id
                """, new { sid = CallSid, language }, t));
            if (unitMicros is { } price)
            {
                await c.ExecuteAsync(new CommandDefinition(
                    """
                    INSERT INTO costs (business_id, source, message_id, channel, route, units, unit_micros, amount_micros, currency, created_at, updated_at)
                    VALUES ('la-fonda', 'message', @id, 'voice', '+507', 1, @price, @price, 'USD', 1, 1)
                    """, new { id, price }, t));
            }
            return id;
        }, CancellationToken.None);

    /// <summary>The call's cost row: minutes and amount in micro-units.</summary>
    public static Task<(long Units, long AmountMicros)> CostAsync(TestApp app, long messageId) =>
        app.Get<IDatabase>().ReadAsync(c => c.QuerySingleAsync<(long, long)>(new CommandDefinition(
            "SELECT units, amount_micros FROM costs WHERE message_id = @messageId", new { messageId })), CancellationToken.None);

    public static async Task<JsonElement[]> MessagesAsync(TestApp app) =>
        (await app.Http.GetFromJsonAsync<JsonElement>("/api/businesses/la-fonda/messages?limit=500")).GetProperty("messages").EnumerateArray().ToArray();

    public static Task<JsonElement> MessageAsync(TestApp app, long id) =>
        app.Http.GetFromJsonAsync<JsonElement>($"/api/businesses/la-fonda/messages/{id}");

    public static Task<HttpResponseMessage> PostAsync(TestApp app, string path, Dictionary<string, string> form, string? signature = null) =>
        app.Http.SendAsync(SignedRequests.Twilio(app.ServerUrl, path, form, signature));
}
