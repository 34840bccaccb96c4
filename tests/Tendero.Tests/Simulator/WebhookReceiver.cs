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

namespace Tendero.Tests.Simulator;

/// <summary>One request the simulator made to the receiver, with the raw body its signature covers.</summary>
public sealed record ReceivedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string Text => Encoding.UTF8.GetString(Body);

    public JsonNode Json => JsonNode.Parse(Body)!;

    public Dictionary<string, string> Form => QueryHelpers.ParseQuery(Text).ToDictionary(p => p.Key, p => p.Value.ToString());

    public string? Header(string name) => Headers.GetValueOrDefault(name);
}

/// <summary>A stand-in for the server under test: a loopback app that records every request and answers what the test says.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly Lock gate = new();
    private readonly List<ReceivedRequest> received = [];
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebApplication? app;

    /// <summary>Status and body to answer; 200 and an empty body unless a test says otherwise.</summary>
    public Func<ReceivedRequest, (int Status, string Body)> Respond { get; set; } = _ => (200, "");

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<ReceivedRequest> Received
    {
        get
        {
            lock (gate)
            {
                return received.ToArray();
            }
        }
    }

    public static async Task<WebhookReceiver> StartAsync()
    {
        var receiver = new WebhookReceiver();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        builder.Services.AddRoutingCore();
        receiver.app = builder.Build();
        receiver.app.Run(receiver.HandleAsync);
        await receiver.app.StartAsync();
        var address = receiver.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        receiver.BaseAddress = new Uri(address);
        return receiver;
    }

    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    /// <summary>Waits (wall clock) until at least <paramref name="count"/> requests matching <paramref name="match"/> arrived.</summary>
    public async Task<IReadOnlyList<ReceivedRequest>> WaitForAsync(int count, Func<ReceivedRequest, bool>? match = null, TimeSpan? timeout = null)
    {
        var deadline = TimeProvider.System.GetUtcNow() + (timeout ?? TimeSpan.FromSeconds(5));
        while (true)
        {
            Task next;
            lock (gate)
            {
                var hits = received.Where(match ?? (_ => true)).ToArray();
                if (hits.Length >= count)
                {
                    return hits;
                }

                next = changed.Task;
            }

            var left = deadline - TimeProvider.System.GetUtcNow();
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"Expected {count} matching webhook(s); got {Received.Count(match ?? (_ => true))}.");
            }

            await next.WaitAsync(left, TimeProvider.System).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext http)
    {
        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body);
        var request = new ReceivedRequest(http.Request.Method, http.Request.Path, http.Request.QueryString.Value ?? "",
            http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body.ToArray());
        var (status, answer) = Respond(request);
        lock (gate)
        {
            received.Add(request);
            changed.TrySetResult();
            changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        http.Response.StatusCode = status;
        await http.Response.WriteAsync(answer);
    }
}
