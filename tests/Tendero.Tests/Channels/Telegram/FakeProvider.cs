using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Tendero.Tests.Channels;

/// <summary>One request that reached the fake provider.</summary>
internal sealed record FakeRequest(string Method, string Path, string? ContentType, string? Authorization, string Body)
{
    public Dictionary<string, string> Form => QueryHelpers.ParseQuery(Body).ToDictionary(p => p.Key, p => p.Value.ToString());

    public JsonObject Json => JsonNode.Parse(Body)!.AsObject();
}

/// <summary>
/// A provider API on 127.0.0.1 (Kestrel, port 0) that records every request and answers what the test says, so the
/// real SDKs are exercised down to the socket. Shared by the Telegram and Twilio channel tests.
/// </summary>
internal sealed class FakeProvider : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly List<FakeRequest> requests = [];

    private FakeProvider(Func<FakeRequest, (int Status, string Body)> respond)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        app = builder.Build();
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var request = new FakeRequest(context.Request.Method, context.Request.Path.Value ?? "", context.Request.ContentType,
                context.Request.Headers.Authorization.FirstOrDefault(), await reader.ReadToEndAsync(context.RequestAborted));
            lock (requests)
            {
                requests.Add(request);
            }
            var (status, body) = respond(request);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body, context.RequestAborted);
        });
    }

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<FakeRequest> Requests
    {
        get
        {
            lock (requests)
            {
                return [.. requests];
            }
        }
    }

    public static async Task<FakeProvider> StartAsync(Func<FakeRequest, (int Status, string Body)> respond)
    {
        var fake = new FakeProvider(respond);
        await fake.app.StartAsync();
        var address = fake.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        fake.BaseAddress = new Uri(address);
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
