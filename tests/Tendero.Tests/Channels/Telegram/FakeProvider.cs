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
    /// <summary>The form, a repeated field's values joined with commas.</summary>
    public Dictionary<string, string> Form => QueryHelpers.ParseQuery(Body).ToDictionary(p => p.Key, p => p.Value.ToString());

    /// <summary>Every value of a form field that may repeat (Twilio's list parameters such as StatusCallbackEvent).</summary>
    public IReadOnlyList<string?> All(string name) => QueryHelpers.ParseQuery(Body).TryGetValue(name, out var values) ? [.. values] : [];

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

    private FakeProvider(Func<FakeRequest, (int Status, string Body)> respond, IReadOnlyDictionary<string, string>? headers)
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
            foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }
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

    /// <param name="headers">Headers for every answer, such as Retry-After.</param>
    public static async Task<FakeProvider> StartAsync(
        Func<FakeRequest, (int Status, string Body)> respond, IReadOnlyDictionary<string, string>? headers = null)
    {
        var fake = new FakeProvider(respond, headers);
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
