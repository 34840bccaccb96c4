using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Tendero.Simulator.Control;

/// <summary>
/// <c>/_sim/*</c>: drive a simulator that runs in another process (journal, faults, customers, webhook URLs, people).
/// Not part of any provider's API.
/// </summary>
internal static class ControlEndpoints
{
    public static void Map(WebApplication app, ProviderSimulator simulator)
    {
        app.MapGet("/_sim/journal", http => ControlJson.WriteAsync(http, simulator.Journal.Snapshot()));
        app.MapGet("/_sim/faults", http => ControlJson.WriteAsync(http, simulator.Faults));
        app.MapPost("/_sim/faults", http => SetFaultsAsync(http, simulator.Faults));
        app.MapPost("/_sim/customers/whatsapp/tap", http => TapAsync(http, simulator));
        app.MapPost("/_sim/customers/{channel}", http => SendAsync(http, simulator));
        app.MapPost("/_sim/config/whatsapp-webhook", http => ConfigureAsync(http, c => simulator.SetWhatsAppWebhookUrl(c.PhoneNumberId, c.Url)));
        app.MapPost("/_sim/config/twilio-webhook", http => ConfigureAsync(http, c => simulator.SetTwilioSmsWebhookUrl(c.AccountSid, c.Url)));
        PeopleEndpoints.Map(app, simulator);
    }

    private static async Task SetFaultsAsync(HttpContext http, FaultSettings faults)
    {
        if (await ControlJson.ReadAsync<FaultUpdate>(http) is not { } update)
        {
            await ControlJson.ProblemAsync(http, 400, "Unreadable faults", "Send a JSON object such as {\"server_error_rate\":0.1}.");
            return;
        }

        try
        {
            // Validate everything on a copy first, so a bad value changes nothing.
            var next = new FaultSettings();
            next.CopyFrom(faults);
            next.ServerErrorRate = update.ServerErrorRate ?? next.ServerErrorRate;
            next.TimeoutRate = update.TimeoutRate ?? next.TimeoutRate;
            next.DropStatusRate = update.DropStatusRate ?? next.DropStatusRate;
            next.TimeoutHold = update.TimeoutHold ?? next.TimeoutHold;
            next.RateLimitRate = update.RateLimitRate ?? next.RateLimitRate;
            next.RetryAfter = update.RetryAfter ?? next.RetryAfter;
            faults.CopyFrom(next);
        }
        catch (ArgumentOutOfRangeException e)
        {
            await ControlJson.ProblemAsync(http, 400, "Invalid fault setting", e.Message);
            return;
        }

        await ControlJson.WriteAsync(http, faults);
    }

    private static async Task SendAsync(HttpContext http, ProviderSimulator simulator)
    {
        var channel = (string)http.GetRouteValue("channel")!;
        if (await ControlJson.ReadAsync<CustomerMessage>(http) is not { Account: not null, From: not null, Text: not null } message)
        {
            await ControlJson.ProblemAsync(http, 400, "Unreadable message", "Send {\"account\":…,\"from\":…,\"text\":…}.");
            return;
        }

        var customers = simulator.Customers;
        var name = message.Name ?? "Cliente";
        try
        {
            Task<InboundResult>? sending = channel switch
            {
                "whatsapp" => customers.SendWhatsAppTextAsync(message.Account, message.From, name, message.Text, http.RequestAborted),
                "telegram" when long.TryParse(message.From, CultureInfo.InvariantCulture, out var chatId) =>
                    customers.SendTelegramTextAsync(message.Account, chatId, name, message.LanguageCode, message.Text, http.RequestAborted),
                "sms" or "twilio" => customers.SendSmsAsync(message.Account, message.From,
                    message.To ?? FirstNumber(simulator, message.Account),
                    message.Text, http.RequestAborted),
                _ => null,
            };
            if (sending is null)
            {
                await ControlJson.ProblemAsync(http, 404, "Unknown channel or missing field",
                    "Use whatsapp, telegram (from = a numeric chat id) or sms.");
                return;
            }

            await ControlJson.WriteAsync(http, await sending);
        }
        catch (ArgumentException e)
        {
            await ControlJson.ProblemAsync(http, 400, "Unknown account", e.Message);
        }
    }

    private static async Task TapAsync(HttpContext http, ProviderSimulator simulator)
    {
        if (await ControlJson.ReadAsync<ButtonTap>(http) is not { Account: not null, From: not null } tap)
        {
            await ControlJson.ProblemAsync(http, 400, "Unreadable tap", "Send {\"account\":…,\"from\":…,\"index\":0}.");
            return;
        }
        try
        {
            await ControlJson.WriteAsync(http, await simulator.Customers.TapWhatsAppButtonAsync(
                tap.Account, tap.From, tap.Index, tap.Text, tap.Name ?? "Cliente", http.RequestAborted));
        }
        catch (ArgumentException e)
        {
            await ControlJson.ProblemAsync(http, 404, "Nothing to tap", e.Message);
        }
    }

    private static string FirstNumber(ProviderSimulator simulator, string accountSid) =>
        simulator.Registry.Account(accountSid).Account.PhoneNumbers is [var first, ..] ? first
            : throw new ArgumentException($"Twilio account {accountSid} owns no number to receive the SMS.", nameof(accountSid));

    private static async Task ConfigureAsync(HttpContext http, Action<WebhookConfig> apply)
    {
        if (await ControlJson.ReadAsync<WebhookConfig>(http) is not { } config)
        {
            await ControlJson.ProblemAsync(http, 400, "Unreadable webhook config", "Send {\"url\":…} with an optional account id.");
            return;
        }

        try
        {
            apply(config);
        }
        catch (ArgumentException e)
        {
            await ControlJson.ProblemAsync(http, 400, "Unknown account", e.Message);
            return;
        }

        http.Response.StatusCode = 204;
    }
}
