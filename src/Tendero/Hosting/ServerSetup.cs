using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Tendero.Agents;
using Tendero.Agents.Conversation;
using Tendero.Config;
using Tendero.Connectors.Actions;
using Tendero.Connectors.EscPos;
using Tendero.Delivery;
using Tendero.Delivery.Chains;
using Tendero.Inbox;
using Tendero.Solutions.Reservations;
using Tendero.Storage;
using Tendero.Telemetry;

namespace Tendero.Hosting;

/// <summary>The registrations every Tendero process shares.</summary>
public static class ServerSetup
{
    public static ServerOptions Options(TenderoSettings settings, Secrets secrets)
    {
        if (settings.Speed is < 1 or > 100_000)
        {
            throw new BusinessConfigException($"--speed {settings.Speed} is outside 1-100000 (3600 makes one real second a simulated hour).");
        }
        var apiKey = secrets.Get("TENDERO_API_KEY")
            ?? throw new BusinessConfigException("TENDERO_API_KEY is not set: the API needs a key (any long random string).");
        var publicUrl = secrets.Setting("TENDERO_PUBLIC_URL") ?? settings.Urls.Split(';')[0];
        if (!Uri.TryCreate(publicUrl, UriKind.Absolute, out var url))
        {
            throw new BusinessConfigException($"TENDERO_PUBLIC_URL: '{publicUrl}' is not an absolute URL such as https://tendero.example.com");
        }
        var options = new ServerOptions { PublicUrl = url, ApiKey = apiKey };
        options.Speed = settings.Speed;
        options.SendTimeout = options.Real(options.SendTimeout);
        if (settings.Workers is not null)
        {
            options.Workers.Clear();
            foreach (var worker in settings.Workers)
            {
                options.Workers.Add(worker);
            }
        }
        if (settings.Agents is not null)
        {
            if (settings.Agents.FirstOrDefault(a => !AgentCatalog.IsKnown(a)) is { } unknown)
            {
                throw new BusinessConfigException($"--agents: '{unknown}' is not an agent; the agents are {string.Join(", ", AgentCatalog.All)}.");
            }
            options.Agents.Clear();
            foreach (var agent in settings.Agents)
            {
                options.Agents.Add(agent);
            }
        }
        return options;
    }

    public static IServiceCollection AddTenderoCore(
        this IServiceCollection services, TenderoSettings settings, Businesses businesses, ServerOptions server, IDatabase database)
    {
        services.AddSingleton(settings.Time);
        services.AddSingleton(businesses);
        services.AddSingleton<IDatabase>(_ => database); // created by the container, so disposed (and checkpointed) with it
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(server));
        services.AddOptions<DispatcherOptions>().Configure(o =>
            {
                settings.Dispatcher?.Invoke(o);
                // On an accelerated clock these stay real: a lease must outlive a real HTTP call, a poll must not spin.
                (o.Lease, o.IdlePoll) = (o.Lease * settings.Speed, o.IdlePoll * settings.Speed);
            })
            .Validate(o => o.BatchSize is >= 1 and <= 1000, "Dispatcher batch size must be 1-1000.")
            .Validate(o => o.MaxConcurrency is >= 1 and <= 256, "Dispatcher concurrency must be 1-256.")
            .Validate(o => o.MaxAttempts >= 1, "Dispatcher max attempts must be at least 1.")
            .Validate(o => o.Lease >= TimeSpan.FromSeconds(2), "--lease must be at least 2 seconds (a send's timeout is half of it).")
            .Validate(o => o.BaseBackoff > TimeSpan.Zero && o.MaxBackoff >= o.BaseBackoff, "Backoff must be positive, with the cap at or above the base.")
            .ValidateOnStart();
        services.AddTenderoMetrics();
        services.AddSingleton<WorkSignals>();
        services.AddSingleton<InboxStore>();
        services.AddSingleton<Outbox>();
        services.AddSingleton<MessageQueries>();
        services.AddSingleton<DeadLetters>();
        services.AddSingleton<CursorStore>();
        services.AddSingleton<Ingest>();
        services.AddSingleton<SendPreparer>();
        services.AddSingleton<Dispatcher>();
        services.AddSingleton<AutoResponder>();
        services.AddOptions<ChainOptions>().Configure(o =>
            {
                settings.Chains?.Invoke(o);
                (o.Lease, o.IdlePoll) = (o.Lease * settings.Speed, o.IdlePoll * settings.Speed);
            })
            .Validate(o => o.BatchSize is >= 1 and <= 5000, "Chain batch size must be 1-5000.")
            .Validate(o => o.MaxConcurrency is >= 1 and <= 64, "Chain concurrency must be 1-64.")
            .Validate(o => o.Lease >= TimeSpan.FromSeconds(1) && o.IdlePoll > TimeSpan.Zero, "Chain lease must be at least 1 s and the idle poll positive.")
            .ValidateOnStart();
        services.AddSingleton<PeopleStore>();
        services.AddSingleton<DeliveryTotals>();
        services.AddSingleton<ChainStore>();
        services.AddSingleton<ChainSignalStore>();
        services.AddSingleton<ChainQueries>();
        services.AddSingleton<AlertStarter>();
        services.AddSingleton<ChainRunner>();
        services.AddOptions<AgentOptions>().Configure(o =>
            {
                settings.AgentRuntime?.Invoke(o);
                (o.Lease, o.IdlePoll) = (o.Lease * settings.Speed, o.IdlePoll * settings.Speed);
            })
            .Validate(o => o.BatchSize is >= 1 and <= 1000 && o.MaxConcurrency is >= 1 and <= 64 && o.MaxAttempts >= 1,
                "Agent batch size must be 1-1000, concurrency 1-64 and attempts at least 1.")
            .ValidateOnStart();
        services.AddSingleton<EventLog>();
        services.AddSingleton<ConversationStore>();
        services.AddSingleton<Storage.ModelCallStore>();
        services.AddSingleton<Ai.Routing.IModelLedger>(sp =>
            new Telemetry.MeteredModelLedger(sp.GetRequiredService<Storage.ModelCallStore>(), sp.GetRequiredService<Telemetry.TenderoMetrics>()));
        services.AddSingleton<Ai.Routing.TierHealth>();
        services.AddSingleton(sp => new Ai.ModelGateway(sp.GetRequiredService<Ai.Routing.IModelLedger>(), sp.GetRequiredService<Ai.Routing.TierHealth>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>(), settings.Speed));
        services.AddSingleton<Ai.IUnderstander>(sp => sp.GetRequiredService<Ai.ModelGateway>());
        services.AddSingleton<Ai.ITemplateFiller>(sp => sp.GetRequiredService<Ai.ModelGateway>());
        services.AddSingleton<ParserAgent>();
        services.AddSingleton<ConversationAgent>();
        services.AddSingleton<HandoffAgent>();
        services.AddSingleton<ActionsAgent>();
        services.AddActions(settings.Speed, settings.Actions);
        services.AddPrinting(settings.Speed);
        Connectors.Sheets.SheetsSetup.AddTenderoSheets(services, settings.Speed);
        services.AddReservations();
        services.AddSingleton<Export.MessageRetention>();
        services.AddSingleton<Export.DailyExportWorker>();
        services.AddSingleton<Export.RetentionWorker>();
        return services;
    }

    public static IServiceCollection AddTenderoWorkers(this IServiceCollection services, ServerOptions server)
    {
        services.AddHostedService<StartupRecovery>();
        if (server.Workers.Contains("dispatcher"))
        {
            services.AddHostedService(sp => sp.GetRequiredService<Dispatcher>());
        }
        if (server.Workers.Contains("responder"))
        {
            services.AddHostedService(sp => sp.GetRequiredService<AutoResponder>());
        }
        if (server.Workers.Contains("chains") && server.Agents.Contains(AgentCatalog.Notifier))
        {
            services.AddHostedService(sp => sp.GetRequiredService<ChainRunner>());
        }
        if (server.Workers.Contains("printer"))
        {
            services.AddHostedService(sp => sp.GetRequiredService<PrinterWorker>());
        }
        if (server.Workers.Contains("sheets"))
        {
            services.AddHostedService(sp => sp.GetRequiredService<Connectors.Sheets.SheetWriter>());
        }
        if (server.Workers.Contains("agents"))
        {
            if (server.Agents.Contains(AgentCatalog.Parser))
            {
                services.AddHostedService<Ai.Offline.OfflineWarmUp>();
            }
            AddAgent<ParserAgent>(services, server, AgentCatalog.Parser);
            AddAgent<ConversationAgent>(services, server, AgentCatalog.Conversation);
            AddAgent<HandoffAgent>(services, server, AgentCatalog.Handoff);
            AddAgent<PrinterAgent>(services, server, AgentCatalog.Printer);
            AddAgent<ActionsAgent>(services, server, AgentCatalog.Actions);
            AddAgent<SheetWriterAgent>(services, server, AgentCatalog.SheetWriter);
            AddReservationsAgent<ReservationsAgent>(services, server, AgentCatalog.Reservations);
            AddReservationsAgent<KitchenAgent>(services, server, AgentCatalog.Kitchen);
            AddReservationsAgent<ReservationDeskAgent>(services, server, AgentCatalog.ReservationDesk);
        }
        if (server.Workers.Contains("reservations"))
        {
            services.AddSingleton<IHostedService>(sp =>
                ReservationsSetup.TakesBookings(sp) ? sp.GetRequiredService<ReservationsWorker>() : new ReservationsSetup.NothingToRun());
        }
        if (server.Workers.Contains("reports"))
        {
            services.AddHostedService<Reports.ReportWorker>();
        }
        if (server.Workers.Contains("actions"))
        {
            services.AddHostedService(sp => sp.GetRequiredService<Connectors.Actions.ActionWorker>());
        }
        if (server.Workers.Contains("exports"))
        {
            services.AddHostedService(sp => sp.GetRequiredService<Export.DailyExportWorker>());
        }
        if (server.Workers.Contains("retention"))
        {
            services.AddHostedService(sp => sp.GetRequiredService<Export.RetentionWorker>());
        }
        return services;
    }

    // Only where some business takes bookings: an idle runner still claims (writes) every poll, and on SQLite every
    // write competes with the dispatcher's. A business that publishes reservation.confirmed has the section.
    private static void AddReservationsAgent<TAgent>(IServiceCollection services, ServerOptions server, string name)
        where TAgent : IAgent
    {
        if (server.Agents.Contains(name))
        {
            services.AddSingleton<IHostedService>(sp => ReservationsSetup.TakesBookings(sp)
                ? ActivatorUtilities.CreateInstance<AgentRunner>(sp, sp.GetRequiredService<TAgent>())
                : new ReservationsSetup.NothingToRun());
        }
    }

    private static void AddAgent<TAgent>(IServiceCollection services, ServerOptions server, string name)
        where TAgent : IAgent
    {
        if (server.Agents.Contains(name))
        {
            services.AddSingleton<IHostedService>(sp => ActivatorUtilities.CreateInstance<AgentRunner>(sp, sp.GetRequiredService<TAgent>()));
        }
    }
}
