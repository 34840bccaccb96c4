using Tendero.Simulator.Infrastructure;

namespace Tendero.Simulator.Telegram;

/// <summary>An update as Telegram posts it: plain UTF-8 JSON, unsigned, with <c>X-Telegram-Bot-Api-Secret-Token</c> when a secret was set.</summary>
internal static class TelegramWebhook
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    public static WebhookRequest Build(TelegramUpdate update, string url, string? secret, string kind, int maxAttempts)
    {
        var headers = new Dictionary<string, string>();
        if (secret is not null)
        {
            headers[SecretHeader] = secret;
        }

        return new WebhookRequest(SimProvider.Telegram, WebhookKind.Inbound, url, kind,
            update.UpdateId.ToString(System.Globalization.CultureInfo.InvariantCulture), SimJson.Utf8(update.Body),
            "application/json", headers, maxAttempts, SuccessOnly200: false);
    }
}
