using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tendero.Config;
using Tendero.Delivery.Chains;
using Tendero.Storage;

namespace Tendero.Api;

/// <summary><c>/api/businesses/{business}/alerts</c>: start a fallback chain, follow it, list them, cancel one.</summary>
public static class AlertsApi
{
    public static void MapAlertsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/businesses/{business}/alerts").AddEndpointFilter<ApiKeyFilter>();
        group.MapPost("/", StartAsync);
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:long}", GetAsync);
        group.MapPost("/{id:long}/cancel", CancelAsync);
    }

    private static async Task<Results<Accepted<AlertAccepted>, Ok<AlertAccepted>, ProblemHttpResult>> StartAsync(
        string business, AlertRequest? body, Businesses businesses, AlertStarter starter, CancellationToken ct)
    {
        if (businesses.Find(business) is not { } config)
        {
            return Problems.UnknownBusiness(business);
        }
        if (body is null)
        {
            return TypedResults.Problem(statusCode: 400, title: "Cannot start this alert", detail: "Send a JSON body with to, policy and text.");
        }
        return await starter.StartAsync(config, body, ct) switch
        {
            AlertResult.Started { Created: true } s => TypedResults.Accepted($"/api/businesses/{business}/alerts/{s.ChainId}", new AlertAccepted(s.ChainId, "active", true)),
            AlertResult.Started s => TypedResults.Ok(new AlertAccepted(s.ChainId, "active", false)),
            AlertResult.Refused r => TypedResults.Problem(statusCode: r.Status, title: r.Title, detail: r.Detail),
            _ => throw new InvalidOperationException("Unknown alert result"),
        };
    }

    private static async Task<Results<Ok<ChainPage>, ProblemHttpResult>> ListAsync(
        string business, Businesses businesses, ChainQueries queries, CancellationToken ct, long after = 0, int limit = 50, string? state = null)
    {
        if (businesses.Find(business) is null)
        {
            return Problems.UnknownBusiness(business);
        }
        if (limit is < 1 or > 500 || after < 0 || state is not (null or "active" or "done"))
        {
            return TypedResults.Problem(statusCode: 400, title: "Bad page", detail: "limit must be 1-500, after an alert id ≥ 0, and state active or done.");
        }
        var rows = await queries.ListAsync(business, state, after, limit, ct);
        return TypedResults.Ok(new ChainPage(rows.Select(r => ChainView.From(r)).ToList(), rows.Count == limit ? rows[^1].Id : null));
    }

    private static async Task<Results<Ok<ChainView>, ProblemHttpResult>> GetAsync(
        string business, long id, Businesses businesses, ChainQueries queries, CancellationToken ct)
    {
        if (businesses.Find(business) is null)
        {
            return Problems.UnknownBusiness(business);
        }
        return await queries.GetAsync(business, id, ct) is { } found
            ? TypedResults.Ok(ChainView.From(found.Chain, found.Events))
            : NoSuchAlert(business, id);
    }

    private static async Task<Results<Ok<ChainView>, ProblemHttpResult>> CancelAsync(
        string business, long id, Businesses businesses, ChainQueries queries, CancellationToken ct)
    {
        if (businesses.Find(business) is null)
        {
            return Problems.UnknownBusiness(business);
        }
        var outcome = await queries.CancelAsync(business, id, ct);
        if (outcome == CancelOutcome.NotFound)
        {
            return NoSuchAlert(business, id);
        }
        var found = (await queries.GetAsync(business, id, ct))!.Value;
        return outcome == CancelOutcome.AlreadyEnded
            ? TypedResults.Problem(statusCode: 409, title: "Alert already ended", detail: $"Alert {id} ended as {found.Chain.Outcome}; there is nothing to cancel.")
            : TypedResults.Ok(ChainView.From(found.Chain, found.Events));
    }

    private static ProblemHttpResult NoSuchAlert(string business, long id) =>
        TypedResults.Problem(statusCode: 404, title: "No such alert", detail: $"Business '{business}' has no alert {id}.");
}
