using Microsoft.Extensions.Time.Testing;
using Tendero.Simulator;

namespace Tendero.Tests.Simulator;

/// <summary>
/// A simulator with one account per provider on a fake clock, a client pointed at it and a webhook receiver standing in
/// for Tendero. Statuses are immediate and retries undelayed unless a test sets delays, so nothing waits on the clock by accident.
/// </summary>
public sealed class SimHarness : IAsyncDisposable
{
    public const string PhoneNumberId = "106540352242922";
    public const string AccessToken = "wa-access-token";
    public const string AppSecret = "test_app_secret";
    public const string BotToken = "123456:TEST-token_x";
    public const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    public const string AuthToken = "test_auth_token";
    public const string TwilioNumber = "+15005550006";
    public const string MessagesPath = $"/2010-04-01/Accounts/{AccountSid}/Messages.json";
    public const string CallsPath = $"/2010-04-01/Accounts/{AccountSid}/Calls.json";
    public const string WhatsAppPath = $"/v23.0/{PhoneNumberId}/messages";

    private SimHarness(FakeTimeProvider time, ProviderSimulator simulator, HttpClient http, WebhookReceiver receiver)
    {
        Time = time;
        Simulator = simulator;
        Http = http;
        Receiver = receiver;
    }

    public FakeTimeProvider Time { get; }

    public ProviderSimulator Simulator { get; }

    public HttpClient Http { get; }

    public WebhookReceiver Receiver { get; }

    public SimulatorJournal Journal => Simulator.Journal;

    public static async Task<SimHarness> StartAsync(Action<SimulatorOptions>? configure = null)
    {
        var receiver = await WebhookReceiver.StartAsync();
        var options = new SimulatorOptions { Seed = 42 };
        options.WhatsApp.Add(new SimWhatsAppAccount
        {
            PhoneNumberId = PhoneNumberId, AccessToken = AccessToken, AppSecret = AppSecret, WebhookUrl = receiver.Url("/wa"),
        });
        options.Telegram.Add(new SimTelegramBot { Token = BotToken });
        options.Twilio.Add(new SimTwilioAccount
        {
            AccountSid = AccountSid, AuthToken = AuthToken, PhoneNumbers = [TwilioNumber], SmsWebhookUrl = receiver.Url("/sms"),
        });
        options.Behaviour.SentDelay = TimeSpan.Zero;
        options.Behaviour.DeliveredDelay = TimeSpan.Zero;
        options.Behaviour.ReadDelay = TimeSpan.Zero;
        options.Behaviour.WebhookRetryDelay = TimeSpan.Zero;
        options.Behaviour.ReadProbability = 1;
        configure?.Invoke(options);

        var time = new FakeTimeProvider(new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero));
        var simulator = new ProviderSimulator(options, time);
        var address = await simulator.StartAsync();
        return new SimHarness(time, simulator, new HttpClient { BaseAddress = address }, receiver);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Simulator.DisposeAsync();
        await Receiver.DisposeAsync();
    }
}
