using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tendero.Agents;
using Tendero.Storage;

namespace Tendero.Api;

/// <summary><c>/healthz</c> for monitors, and a plain status page (<c>/status</c>, JSON at <c>/api/status</c>).</summary>
public static class StatusApi
{
    public static void MapStatusApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", HealthAsync);
        app.MapGet("/api/status", async (
                MessageQueries q, DeadLetters dead, DeliveryTotals totals, ModelCallStore calls, EventLog events, Config.Businesses businesses,
                TimeProvider time, CancellationToken ct) => TypedResults.Ok(
            new
            {
                counts = await q.CountsAsync(ct), lanes = await q.LaneDepthsAsync(ct), dead = await dead.CountsAsync(ct),
                alerts = await totals.ChainsAsync(ct), costs = await totals.CostsAsync(ct),
                models_today = await StatusModelsSection.TodayAsync(calls, businesses, time.GetUtcNow(), ct),
                agents = await events.CountsAsync(ct),
            }))
            .AddEndpointFilter<ApiKeyFilter>();
        app.MapGet("/status", PageAsync);
    }

    private static async Task<IResult> HealthAsync(IDatabase database, MessageQueries q, CancellationToken ct)
    {
        try
        {
            await q.LaneDepthsAsync(ct);
            return TypedResults.Ok(new { status = "ok", database = database.Dialect.ToString().ToLowerInvariant() });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return TypedResults.Problem(statusCode: 503, title: "Database unavailable", detail: e.Message);
        }
    }

    // Counts and failure reasons only, no message text or numbers: the page is safe to show without signing in.
    private static async Task<IResult> PageAsync(
        MessageQueries q, DeadLetters dead, DeliveryTotals totals, ModelCallStore calls, EventLog events, Config.Businesses businesses,
        TimeProvider time, CancellationToken ct)
    {
        var counts = await q.CountsAsync(ct);
        var lanes = await q.LaneDepthsAsync(ct);
        var deadCounts = await dead.CountsAsync(ct);
        var latestDead = await dead.RecentAsync(StatusDeadSection.Latest, ct);
        var html = new StringBuilder("""
            <!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
            <title>Tendero status</title><style>body{font-family:sans-serif;margin:1em}td,th{padding:2px 10px;text-align:left}</style>
            </head><body><h1>Tendero status</h1>
            """);
        html.Append("<h2>Messages</h2><table><tr><th>business</th><th>channel</th><th>direction</th><th>status</th><th>count</th></tr>");
        foreach (var c in counts)
        {
            html.Append($"<tr><td>{E(c.BusinessId)}</td><td>{E(c.Channel)}</td><td>{E(c.Direction)}</td><td>{E(c.Status)}</td><td>{c.Count}</td></tr>");
        }
        html.Append("</table><h2>Lanes</h2><table><tr><th>lane</th><th>queued</th><th>sending</th><th>oldest due</th></tr>");
        foreach (var l in lanes)
        {
            var oldest = l.OldestRunAt is { } ms ? Clock.At(ms).ToString("u") : "";
            html.Append($"<tr><td>{E(l.Lane)}</td><td>{l.Queued}</td><td>{l.Sending}</td><td>{oldest}</td></tr>");
        }
        html.Append("</table>");
        StatusDeadSection.Append(html, deadCounts, latestDead);
        StatusDeliverySection.Append(html, await totals.ChainsAsync(ct), await totals.CostsAsync(ct));
        StatusModelsSection.Append(html, await StatusModelsSection.TodayAsync(calls, businesses, time.GetUtcNow(), ct), businesses, await events.CountsAsync(ct));
        html.Append($"<p>As of {time.GetUtcNow():u}.</p></body></html>");
        return TypedResults.Content(html.ToString(), "text/html; charset=utf-8");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
