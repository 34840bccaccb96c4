using System.Globalization;
using Tendero.Config;
using Tendero.Simulator;

namespace Tendero.Bench.Pacing;

/// <summary>
/// Three businesses shaped like la-fonda.yaml (WhatsApp, Telegram and Twilio, default lane limits), each with its own
/// WhatsApp number, bot and Twilio account, because the simulator keys its accounts (and their rate limits) by those.
/// Their secrets come from per-business variable names, answered by <see cref="Environment"/>.
/// </summary>
internal static class PacingBusinesses
{
    public static readonly IReadOnlyList<string> Ids = ["bench-a", "bench-b", "bench-c"];

    public static void Write(string folder)
    {
        for (var i = 0; i < Ids.Count; i++)
        {
            File.WriteAllText(Path.Combine(folder, Ids[i] + ".yaml"), Yaml(i));
        }
    }

    /// <summary>The secrets the three files name, plus the API key and the public URL the Telegram webhook is set to.</summary>
    public static Func<string, string?> Environment(Uri serverUrl) => name => name switch
    {
        "TENDERO_API_KEY" => "bench-api-key",
        "TENDERO_PUBLIC_URL" => serverUrl.ToString(),
        _ when name.EndsWith("_TELEGRAM_BOT_TOKEN", StringComparison.Ordinal) => $"70000000{Index(name) + 1}:BENCH-telegram-{Index(name)}",
        _ when name.EndsWith("_TWILIO_ACCOUNT_SID", StringComparison.Ordinal) => "AC" + (Index(name) + 1).ToString("D32", CultureInfo.InvariantCulture),
        _ when name.StartsWith("BENCH_", StringComparison.Ordinal) => $"bench-{name.ToLowerInvariant().Replace('_', '-')}",
        _ => null,
    };

    /// <summary>The simulator's accounts for the businesses, with the same secrets and the webhooks pointed at our server.</summary>
    public static SimulatorOptions Simulator(IEnumerable<BusinessConfig> businesses, Uri server)
    {
        var options = new SimulatorOptions { Seed = 7 };
        foreach (var b in businesses)
        {
            var w = b.WhatsApp!;
            options.WhatsApp.Add(new SimWhatsAppAccount
            {
                PhoneNumberId = w.PhoneNumberId, AccessToken = w.AccessToken, AppSecret = w.AppSecret,
                WebhookUrl = new Uri(server, $"/webhooks/whatsapp/{b.Id}").ToString(), DisplayPhoneNumber = w.DisplayPhoneNumber!.TrimStart('+'),
            });
            options.Telegram.Add(new SimTelegramBot { Token = b.Telegram!.BotToken, Name = b.Name });
            options.Twilio.Add(new SimTwilioAccount
            {
                AccountSid = b.Twilio!.AccountSid, AuthToken = b.Twilio.AuthToken, PhoneNumbers = [b.Twilio.From],
                SmsWebhookUrl = new Uri(server, $"/webhooks/twilio/{b.Id}/sms").ToString(),
            });
        }
        return options;
    }

    private static int Index(string variable) => variable["BENCH_".Length] - 'A';

    // No lanes section: the providers' defaults are what is measured. The template is there because nobody wrote
    // first, so every WhatsApp message goes out as the approved template, as a broadcast would.
    private static string Yaml(int i)
    {
        var v = "BENCH_" + (char)('A' + i);
        return $"""
            name: Bench {(char)('A' + i)}
            time_zone: America/Panama
            language: es
            channels:
              whatsapp:
                phone_number_id: "20000000000000{i + 1}"
                display_phone_number: "+1555000000{i + 1}"
                api_version: v23.0
                app_secret_env: {v}_WHATSAPP_APP_SECRET
                verify_token_env: {v}_WHATSAPP_VERIFY_TOKEN
                access_token_env: {v}_WHATSAPP_ACCESS_TOKEN
              telegram:
                bot_token_env: {v}_TELEGRAM_BOT_TOKEN
                secret_token_env: {v}_TELEGRAM_SECRET_TOKEN
                mode: webhook
              twilio:
                account_sid_env: {v}_TWILIO_ACCOUNT_SID
                auth_token_env: {v}_TWILIO_AUTH_TOKEN
                from: "+1500555010{i + 1}"
            whatsapp_templates:
              default:
                name: bench_aviso
                language: es
                category: utility
                parameters: [text]
            prices:
              currency: USD
              whatsapp:
                service: {"{"} "*": 0 {"}"}
                utility: {"{"} "*": 0.0080 {"}"}
              telegram: {"{"} "*": 0 {"}"}
              sms: {"{"} "*": 0.0079 {"}"}
              voice: {"{"} "*": 0.0140 {"}"}
            """;
    }
}
