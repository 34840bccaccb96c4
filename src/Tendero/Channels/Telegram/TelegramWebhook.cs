using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tendero.Config;
using Tendero.Inbox;
using Tendero.Storage;

namespace Tendero.Channels.Telegram;

/// <summary>
/// <c>POST /webhooks/telegram/{business}</c>. Telegram does not sign bodies: setWebhook's secret_token comes back in
/// <c>X-Telegram-Bot-Api-Secret-Token</c> on every call, and that header is the whole check
/// (https://core.telegram.org/bots/api#setwebhook). The update is stored before we answer 200; any other answer
/// makes Telegram send it again.
/// </summary>
public static class TelegramWebhook
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    public static void MapTelegramWebhook(this IEndpointRouteBuilder app) =>
        app.MapPost("/webhooks/telegram/{business}", ReceiveAsync);

    /// <summary>Whether the header carries the bot's secret token, compared in constant time.</summary>
    public static bool IsValidSecret(string? header, string secretToken) =>
        header is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header), Encoding.UTF8.GetBytes(secretToken));

    private static async Task<IResult> ReceiveAsync(
        string business, HttpRequest request, Businesses businesses, Ingest ingest, TelegramCallbacks callbacks, TimeProvider time,
        CancellationToken ct)
    {
        if (businesses.Find(business)?.Telegram is not { } account)
        {
            return WebhookBody.UnknownBusiness(business);
        }
        // Checked before reading the body, so that a caller without the secret cannot make us buffer megabytes.
        if (!IsValidSecret(request.Headers[SecretHeader].FirstOrDefault(), account.SecretToken))
        {
            return WebhookBody.BadSignature($"{SecretHeader} is missing or is not the secret token given to setWebhook.");
        }
        var body = await WebhookBody.ReadAsync(request, ct);
        if (body is null)
        {
            return WebhookBody.TooLarge();
        }
        IngestResult stored;
        try
        {
            stored = await ingest.StoreAsync(TelegramParser.Parse(business, body, time.GetUtcNow()), ct);
        }
        catch (WebhookFormatException e)
        {
            return WebhookBody.Malformed(e.Message);
        }
        await callbacks.AnswerAsync(account, stored, ct);
        return TypedResults.Ok();
    }
}
