using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tendero.Channels.Telegram;
using Tendero.Channels.Twilio;
using Tendero.Config;
using Tendero.Hosting;

namespace Tendero.Tests.Channels;

/// <summary>The Telegram and Twilio webhook endpoints in an in-memory server, storing into a <see cref="TestInbox"/>.</summary>
internal sealed class WebhookHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private WebhookHost(WebApplication app)
    {
        this.app = app;
        Client = app.GetTestClient();
    }

    /// <summary>The public URL providers are told to call; the test server itself answers on another host.</summary>
    public static readonly Uri PublicUrl = new("https://hooks.example.test");

    public HttpClient Client { get; }

    public static async Task<WebhookHost> StartAsync(TestInbox inbox, BusinessConfig business)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(new Businesses([business]));
        builder.Services.AddSingleton(inbox.Ingest);
        builder.Services.AddSingleton<TimeProvider>(inbox.Time);
        builder.Services.Configure<ServerOptions>(o => o.PublicUrl = PublicUrl);
        builder.Services.AddHttpClient();
        builder.Services.AddSingleton<TelegramClients>();
        builder.Services.AddSingleton<TelegramCallbacks>();
        var app = builder.Build();
        app.MapTelegramWebhook();
        app.MapTwilioWebhooks();
        await app.StartAsync();
        return new WebhookHost(app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
