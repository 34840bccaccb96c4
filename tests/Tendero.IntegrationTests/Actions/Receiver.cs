using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Tendero.IntegrationTests.Support;

namespace Tendero.IntegrationTests.Actions;

/// <summary>
/// A loopback HTTP receiver (the POS): records every request exactly as it arrived and answers with the scripted
/// responses in turn, then 200 once they run out.
/// </summary>
public sealed class Receiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<Func<HttpResponse, Task>> script = new();
    private readonly ConcurrentQueue<Received> requests = new();

    private Receiver(WebApplication app, Uri url) => (this.app, Url) = (app, url);

    public sealed record Received(string ContentType, IReadOnlyDictionary<string, string> Headers, byte[] Body);

    public Uri Url { get; }

    public IReadOnlyList<Received> Requests => requests.ToList();

    public static async Task<Receiver> StartAsync()
    {
        var url = new Uri($"http://127.0.0.1:{FreePort.Next()}/hooks/tendero");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url.GetLeftPart(UriPartial.Authority));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new Receiver(app, url);
        app.MapPost(url.AbsolutePath, receiver.HandleAsync);
        await app.StartAsync();
        return receiver;
    }

    /// <summary>The next answer: a status, with optional headers and body.</summary>
    public void Then(int status, string body = "", string contentType = "text/plain", params (string Name, string Value)[] headers) =>
        script.Enqueue(async response =>
        {
            response.StatusCode = status;
            foreach (var (name, value) in headers)
            {
                response.Headers[name] = value;
            }
            if (body.Length > 0)
            {
                response.ContentType = contentType;
                await response.WriteAsync(body);
            }
        });

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        requests.Enqueue(new Received(
            context.Request.ContentType ?? "",
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            buffer.ToArray()));
        if (script.TryDequeue(out var answer))
        {
            await answer(context.Response);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
