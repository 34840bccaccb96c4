using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tendero.Api;
using Tendero.Channels.Telegram;
using Tendero.Channels.Twilio;
using Tendero.Channels.WhatsApp;
using Tendero.Config;
using Tendero.Dashboard;
using Tendero.Telemetry;

namespace Tendero.Hosting;

/// <summary>Builds the web host: webhooks, API, status and the workers. Reads like a table of contents.</summary>
public static class TenderoServer
{
    public static async Task<WebApplication> BuildAsync(TenderoSettings settings, CancellationToken ct)
    {
        var secrets = new Secrets(settings.Environment, allowDemoDefaults: settings.Simulator is not null);
        var businesses = new Businesses(BusinessLoader.LoadDirectory(settings.BusinessesDir, secrets, settings.Simulator));
        var server = ServerSetup.Options(settings, secrets);
        var database = await Storage.DatabaseFactory.OpenAsync(settings.Db, ct);

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(settings.Urls);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = Channels.WebhookBody.MaxBytes + 1);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Information)
            .AddFilter("Microsoft.AspNetCore", LogLevel.Warning).AddFilter("System.Net.Http", LogLevel.Warning);
        builder.Services.AddTenderoCore(settings, businesses, server, database);
        builder.Services.AddWhatsApp().AddTelegram().AddTwilio();
        builder.Services.AddTenderoWorkers(server);
        builder.Services.AddTenderoJson().AddProblemDetails();
        builder.Services.AddTenderoDashboard();
        settings.Services?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseTenderoDashboard();
        app.UseWebhookMetrics();
        app.MapWhatsAppWebhook();
        app.MapTelegramWebhook();
        app.MapTwilioWebhooks();
        app.MapMessagesApi();
        app.MapAlertsApi();
        app.MapContactsApi();
        app.MapReservationsApi();
        app.MapDeadApi();
        app.MapConversationsApi();
        app.MapStatusApi();
        app.MapTenderoDashboard();
        app.MapTenderoMetrics();
        return app;
    }

    /// <summary>The first address Kestrel actually bound (useful with port 0).</summary>
    public static Uri BoundAddress(this WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
}
