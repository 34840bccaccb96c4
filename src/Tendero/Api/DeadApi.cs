using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tendero.Config;
using Tendero.Delivery;
using Tendero.Storage;

namespace Tendero.Api;

/// <summary>Dead messages: list a business's failed outbound messages with their reasons, and put one back in the queue.</summary>
public static class DeadApi
{
    public static void MapDeadApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/businesses/{business}").AddEndpointFilter<ApiKeyFilter>();
        group.MapGet("/dead", ListAsync);
        group.MapPost("/messages/{id:long}/retry", RetryAsync);
    }

    private static async Task<Results<Ok<DeadPage>, ProblemHttpResult>> ListAsync(
        string business, Businesses businesses, DeadLetters dead, CancellationToken ct, long after = 0, int limit = 50)
    {
        if (businesses.Find(business) is null)
        {
            return Problems.UnknownBusiness(business);
        }
        if (limit is < 1 or > 500 || after < 0)
        {
            return TypedResults.Problem(statusCode: 400, title: "Bad page", detail: "limit must be 1-500 and after a message id ≥ 0.");
        }
        var rows = await dead.ListAsync(business, after, limit, ct);
        var next = rows.Count == limit ? rows[^1].Id : (long?)null;
        return TypedResults.Ok(new DeadPage(rows.Select(DeadView.From).ToList(), next));
    }

    private static async Task<Results<Accepted<MessageView>, ProblemHttpResult>> RetryAsync(
        string business, long id, Businesses businesses, DeadLetters dead, MessageQueries queries, WorkSignals signals, CancellationToken ct)
    {
        if (businesses.Find(business) is null)
        {
            return Problems.UnknownBusiness(business);
        }
        switch (await dead.RetryAsync(business, id, ct))
        {
            case RetryOutcome.Retried:
                signals.Outbound.Wake();
                var row = await queries.GetAsync(id, ct);
                return TypedResults.Accepted($"/api/businesses/{business}/messages/{id}", MessageView.From(row!));
            case RetryOutcome.NotFailed notFailed:
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Message is not failed",
                    detail: RetryOutcome.NotFailedMessage(id, notFailed.Status) + ".");
            default:
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such message",
                    detail: $"Business '{business}' has no message {id}: list its dead messages at /api/businesses/{business}/dead.");
        }
    }
}
