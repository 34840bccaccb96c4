using System.CommandLine;
using Tendero.Config;
using Tendero.Simulator;

namespace Tendero.Cli;

/// <summary>
/// Starts the provider simulator with one account per business channel, sharing the business's secrets (demo values
/// when unset), and with the provider-side webhook settings pointed at our server, as a business would set them in
/// Meta's and Twilio's consoles. Telegram learns its webhook from our setWebhook call, as the real one does.
/// </summary>
internal static class SimulatorHost
{
    public static Task<ProviderSimulator> StartForAsync(ParseResult result, CommonOptions common, TimeProvider time, CancellationToken ct) =>
        StartAsync(CommonOptions.ResolveBusinesses(result.GetValue(common.Businesses)!), new Uri(result.GetValue(common.Urls)!.Split(';')[0]),
            "http://127.0.0.1:0", null, time, ct);

    public static Task<ProviderSimulator> StartAsync(
        string businessesDir, Uri server, string listen, Action<SimulatorOptions>? tune, TimeProvider time, CancellationToken ct)
    {
        var options = OptionsFor(businessesDir, server);
        tune?.Invoke(options);
        return StartAsync(options, listen, time, ct);
    }

    /// <param name="time">The simulated world's clock: the server's own, so that an accelerated demo runs both at one speed.</param>
    public static async Task<ProviderSimulator> StartAsync(SimulatorOptions options, string listen, TimeProvider time, CancellationToken ct)
    {
        var simulator = new ProviderSimulator(options, time);
        var address = await simulator.StartAsync(listen, ct);
        Console.WriteLine($"Simulator listening on {address}, its kitchen printer on {simulator.PrinterAddress}");
        return simulator;
    }

    /// <summary>The simulator's accounts for the businesses in a folder, with their secrets (demo values when unset).</summary>
    public static SimulatorOptions OptionsFor(string businessesDir, Uri server) =>
        OptionsFor(BusinessLoader.LoadDirectory(businessesDir, Secrets.FromProcess(allowDemoDefaults: true), new Uri("http://127.0.0.1")), server);

    public static SimulatorOptions OptionsFor(IEnumerable<BusinessConfig> businesses, Uri server)
    {
        var options = new SimulatorOptions();
        options.Models.Brain = new SimulatorBrain();
        foreach (var b in businesses)
        {
            if (b.WhatsApp is { } w)
            {
                options.WhatsApp.Add(new SimWhatsAppAccount
                {
                    PhoneNumberId = w.PhoneNumberId, AccessToken = w.AccessToken, AppSecret = w.AppSecret,
                    WebhookUrl = new Uri(server, $"/webhooks/whatsapp/{b.Id}").ToString(),
                    DisplayPhoneNumber = (w.DisplayPhoneNumber ?? "15550783881").TrimStart('+'),
                });
            }
            if (b.Telegram is { } t)
            {
                options.Telegram.Add(new SimTelegramBot { Token = t.BotToken, Name = b.Name });
            }
            // Staff chats have talked to the bot before, so the bot may write to them first.
            foreach (var chat in b.Staff.Select(p => p.AddressOn(Core.ChannelKind.Telegram)).OfType<string>())
            {
                options.Behaviour.KnownTelegramChats.Add(long.Parse(chat, System.Globalization.CultureInfo.InvariantCulture));
            }
            if (b.Sheets is { CredentialsFile: { } key } sheets && Connectors.Sheets.ServiceAccountKey.TryRead(key, out var account, out _))
            {
                // Simulate mode signs with the bundled demo key; its spreadsheet starts with each tab's reservation headers.
                options.Sheets.Trust(account!.ClientEmail, account.PrivateKey);
                options.Sheets.Tabs.AddRange(sheets.Tabs.Values.Select(t => (sheets.SpreadsheetId, t.Name, t.Columns.Values.ToArray())));
            }
            if (b.Twilio is { } s)
            {
                options.Twilio.Add(new SimTwilioAccount
                {
                    AccountSid = s.AccountSid, AuthToken = s.AuthToken, PhoneNumbers = [s.From],
                    SmsWebhookUrl = new Uri(server, $"/webhooks/twilio/{b.Id}/sms").ToString(),
                });
            }
        }
        return options;
    }
}
