using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Tendero.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tendero.Api;
using Tendero.Channels.WhatsApp;
using Tendero.Config;
using Tendero.Hosting;
using Tendero.Storage;

namespace Tendero.Bench.Profile;

/// <summary>
/// The WhatsApp webhook as <see cref="TenderoServer"/> wires it (same services, same endpoint), with the database
/// wrapped in <see cref="CountingDatabase"/> so that a real HTTP run shows its batch sizes and where the writer's time goes.
/// </summary>
internal static class InstrumentedServer
{
    /// <param name="prepared">Store through <see cref="PreparedStore"/> instead of InboxStore (same body read, signature check and parse).</param>
    public static async Task RunAsync(BenchOptions options, string folder, bool prepared, CancellationToken ct)
    {
        var settings = new TenderoSettings
        {
            Db = Path.Combine(folder, prepared ? "http-prepared.db" : "http.db"),
            Urls = "http://127.0.0.1:0",
            BusinessesDir = Path.Combine(AppContext.BaseDirectory, "businesses"),
            Simulator = new Uri("http://127.0.0.1:9"),
            Environment = name => name == "TENDERO_API_KEY" ? "bench-api-key" : null,
            Workers = [],
        };
        var secrets = new Secrets(settings.Environment, allowDemoDefaults: true);
        var businesses = new Businesses(BusinessLoader.LoadDirectory(settings.BusinessesDir, secrets, settings.Simulator));
        var database = new CountingDatabase(await DatabaseFactory.OpenAsync(settings.Db, ct));
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(settings.Urls);
        builder.Logging.ClearProviders();
        builder.Services.AddTenderoCore(settings, businesses, ServerSetup.Options(settings, secrets), database);
        builder.Services.AddWhatsApp();
        builder.Services.AddTenderoJson().AddProblemDetails();
        await using var app = builder.Build();
        if (prepared)
        {
            var store = new PreparedStore(database);
            app.MapPost(SignedBodies.Path, async (HttpRequest request, CancellationToken rct) =>
            {
                var account = businesses.Find("la-fonda")!.WhatsApp!;
                var body = await WebhookBody.ReadAsync(request, rct);
                if (body is null || !WhatsAppSignature.IsValid(body, request.Headers["X-Hub-Signature-256"].FirstOrDefault(), account.AppSecret))
                {
                    return Results.StatusCode(StatusCodes.Status401Unauthorized);
                }
                await store.IngestAsync(WhatsAppParser.Parse("la-fonda", account.PhoneNumberId, body), rct);
                return Results.Ok();
            });
        }
        else
        {
            app.MapWhatsAppWebhook();
        }
        await app.StartAsync(ct);
        var before = ServerCost.Start();
        var result = await ClientProcess.RunAsync(options, new Uri(app.BoundAddress(), SignedBodies.Path), reuse: false, () =>
        {
            before = ServerCost.Start();
            _ = Task.Delay(TimeSpan.FromSeconds(options.Warmup), TimeProvider.System, ct).ContinueWith(_ => database.Reset(), TaskScheduler.Default);
        }, ct);
        var cost = before.Since();
        Console.WriteLine($"HTTP + signature + parse + {(prepared ? "PreparedStore (what-if)" : "InboxStore")} on SQLite (webhook endpoint only), "
            + $"{options.Concurrency} in flight, {options.Seconds} s:");
        Console.WriteLine($"  {result.PerSecond,10:N0} webhooks/s, p50 {result.P50Ms:F2} ms, p99 {result.P99Ms:F2} ms, {result.Errors} errors");
        Console.WriteLine($"  {cost.Describe(result.Ok + result.Errors, result.ClientCpu)}");
        Console.WriteLine($"  {database.Describe()}");
        await app.StopAsync(ct);
    }
}
