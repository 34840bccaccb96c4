using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Tendero.Simulator.Control;
using Tendero.Simulator.Infrastructure;
using Tendero.Simulator.Models;
using Tendero.Simulator.People;
using Tendero.Simulator.Printer;
using Tendero.Simulator.Sheets;
using Tendero.Simulator.Telegram;
using Tendero.Simulator.Twilio;
using Tendero.Simulator.WhatsApp;

namespace Tendero.Simulator;

/// <summary>
/// WhatsApp Cloud API, Telegram Bot API, Twilio, the model APIs (OpenAI-compatible, Anthropic) and Google Sheets on one loopback port, speaking their real wire protocols, plus the
/// customers who write to them. Point the senders' base URL at <see cref="BaseAddress"/>; everything else is the real thing.
/// </summary>
public sealed class ProviderSimulator : IAsyncDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private readonly HttpClient webhookClient;
    private readonly IdleTracker tracker = new();
    private readonly SimRegistry registry;
    private readonly SimPeople people;
    private readonly WhatsAppApi whatsApp;
    private readonly TelegramApi telegram;
    private readonly TwilioApi twilio;
    private WebApplication? app;
    private Uri? baseAddress;
    private readonly int printerPort;

    /// <param name="options">Read once, here; later changes to the accounts are not seen (webhook URLs have setters below).</param>
    /// <param name="time">The clock of every delay, bucket and timestamp; a fake one makes tests fast and exact.</param>
    public ProviderSimulator(SimulatorOptions options, TimeProvider time)
    {
        printerPort = options.PrinterPort;
        OptionsCheck.Validate(options);
        var random = new SimRandom(options.Seed);
        people = new SimPeople(options.Behaviour, random);
        foreach (var (address, behaviour) in options.People)
        {
            people.Set(address, behaviour);
        }

        var context = new SimContext(options.Behaviour, time, random, Journal, Faults, tracker, people, stopping.Token);

        // Meta does not follow redirects (REFERENCE §1.4); the simulator's webhook client does not either.
        webhookClient = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = options.Behaviour.WebhookTimeout };
        var sender = new WebhookSender(webhookClient, context);
        registry = new SimRegistry(options, time, random);

        // Customers and the people who answer the server's messages post the same inbound webhooks.
        var whatsAppInbound = new WhatsAppInbound(context, sender, webhookClient);
        var telegramInbound = new TelegramInbound(context, sender);
        var twilioInbound = new TwilioInbound(context, sender);
        whatsApp = new WhatsAppApi(registry.WhatsApp, context, new WhatsAppStatusFlow(context, sender, whatsAppInbound));
        telegram = new TelegramApi(registry.Telegram, context, new TelegramMessaging(context, new TelegramReactions(context, telegramInbound)),
            new TelegramUpdates(context, sender));
        var callbacks = new TwilioCallbacks(context, sender);
        twilio = new TwilioApi(registry.Twilio, context, new TwilioMessages(context, callbacks, new TwilioSmsReplies(context, twilioInbound)),
            new TwilioCalls(context, new TwilioCallFlow(context, sender, callbacks)));
        Customers = new VirtualCustomers(registry, whatsAppInbound, telegramInbound, twilioInbound, Journal);
        Models = new ModelServers(options.Models, context);
        Printer = new VirtualPrinter(time);
        Sheets = new SimSheets(options.Sheets, time).Seeded();
    }

    /// <summary>The bound address, e.g. <c>http://127.0.0.1:49152/</c>. Throws before <see cref="StartAsync"/>.</summary>
    public Uri BaseAddress => baseAddress ?? throw new InvalidOperationException("The simulator is not started; call StartAsync first.");

    public SimulatorJournal Journal { get; } = new();

    public VirtualCustomers Customers { get; }

    public FaultSettings Faults { get; } = new();

    /// <summary>The fake model servers (OpenAI-compatible and Anthropic): their faults and the journal of their calls.</summary>
    public ModelServers Models { get; }

    /// <summary>The kitchen printer on raw TCP (its own loopback port, at <see cref="PrinterAddress"/>) and its journal of tickets.</summary>
    public VirtualPrinter Printer { get; }

    /// <summary>The virtual printer's address, e.g. <c>tcp://127.0.0.1:49153</c>. Throws before <see cref="StartAsync"/>.</summary>
    public Uri PrinterAddress => Printer.Port > 0 ? Printer.Address : throw new InvalidOperationException("The simulator is not started; call StartAsync first.");
    /// <summary>The fake Google Sheets and its token endpoint: spreadsheets, requests, faults.</summary>
    public SimSheets Sheets { get; }

    internal SimRegistry Registry => registry;

    /// <summary>Starts listening; <paramref name="url"/> with port 0 picks a free port. Returns the bound base address.</summary>
    public async Task<Uri> StartAsync(string url = "http://127.0.0.1:0", CancellationToken ct = default)
    {
        if (app is not null)
        {
            throw new InvalidOperationException("The simulator is already started.");
        }

        // The empty builder reads no appsettings or environment, so a host's Kestrel settings cannot leak in.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls(url);
        builder.Services.AddRoutingCore();
        app = builder.Build();
        app.MapPost(WhatsAppApi.Route, http => whatsApp.HandleAsync(http));
        app.MapMethods(TelegramApi.Route, ["GET", "POST"], http => telegram.HandleAsync(http));
        app.MapPost(TwilioApi.MessagesRoute, http => twilio.HandleMessagesAsync(http));
        app.MapPost(TwilioApi.CallsRoute, http => twilio.HandleCallsAsync(http));
        Models.Map(app);
        SheetsEndpoints.Map(app, Sheets);
        ControlEndpoints.Map(app, this);
        PrinterControlEndpoints.Map(app, Printer);
        Printer.Start(printerPort);
        await app.StartAsync(ct);

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        baseAddress = new Uri(address);
        return baseAddress;
    }

    /// <summary>Points one number's (or, with null, every number's) inbound and status webhooks at <paramref name="url"/>.</summary>
    public void SetWhatsAppWebhookUrl(string? phoneNumberId, string? url)
    {
        foreach (var line in phoneNumberId is null ? registry.WhatsApp.Values : [registry.Line(phoneNumberId)])
        {
            line.WebhookUrl = url;
        }
    }

    /// <summary>Points one account's (or, with null, every account's) inbound SMS webhook at <paramref name="url"/>.</summary>
    public void SetTwilioSmsWebhookUrl(string? accountSid, string? url)
    {
        foreach (var account in accountSid is null ? registry.Twilio.Values : [registry.Account(accountSid)])
        {
            account.SmsWebhookUrl = url;
        }
    }

    /// <summary>
    /// Makes the person at <paramref name="address"/> (E.164 number with its plus, or Telegram chat id) behave as told from the
    /// next message or call on. Thread-safe. A bad address or value throws <see cref="ArgumentException"/> naming the field.
    /// </summary>
    public void SetBehaviour(string address, SimPersonBehaviour behaviour) => people.Set(address, behaviour);

    /// <summary>Returns the person to the world's probabilities; false when they had no behaviour.</summary>
    public bool ClearBehaviour(string address) => people.Clear(address);

    /// <summary>Everyone with a behaviour, ordered by address.</summary>
    public IReadOnlyDictionary<string, SimPersonBehaviour> Behaviours => people.Snapshot();

    /// <summary>
    /// Completes when no status webhook, callback or retry is scheduled or in flight. <paramref name="timeout"/> is wall-clock,
    /// because on a fake clock scheduled statuses wait for the test to advance time. Rethrows a background job's unexpected failure.
    /// </summary>
    public Task WhenIdleAsync(TimeSpan timeout, CancellationToken ct = default) => tracker.WhenIdleAsync(timeout, ct);

    /// <summary>Stops listening and abandons scheduled webhooks, held requests and long polls.</summary>
    public async Task StopAsync(CancellationToken ct = default)
    {
        await stopping.CancelAsync();
        if (app is not null)
        {
            await app.StopAsync(ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        await Printer.DisposeAsync();
        webhookClient.Dispose();
        stopping.Dispose();
    }
}
