using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tendero.Channels;
using Tendero.Config;
using Tendero.Core;
using Tendero.Delivery;
using Tendero.Storage;

namespace Tendero.Api;

/// <summary><c>/api/businesses/{business}/messages</c>: queue a message, and list messages in both directions.</summary>
public static class MessagesApi
{
    public static void MapMessagesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/businesses/{business}/messages").AddEndpointFilter<ApiKeyFilter>();
        group.MapPost("/", SendAsync);
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:long}", GetAsync);
    }

    private static async Task<Results<Accepted<SendAccepted>, ProblemHttpResult>> SendAsync(
        string business, SendRequest? body, Businesses businesses, IEnumerable<IChannel> channels, Outbox outbox, WorkSignals signals, CancellationToken ct)
    {
        if (businesses.Find(business) is not { } config)
        {
            return Problems.UnknownBusiness(business);
        }
        if (OutboundCheck.Check(config, channels, body?.To, body?.Text) is { } problem)
        {
            return TypedResults.Problem(statusCode: 400, title: "Cannot send this message", detail: problem);
        }
        if (!SendRequest.Priorities.TryGetValue(body!.Priority ?? "normal", out var priority))
        {
            return TypedResults.Problem(statusCode: 400, title: "Cannot send this message", detail: $"priority '{body.Priority}' is not reply, normal or bulk.");
        }
        if (body.Kind is { } kind && !Config.PeopleMapper.IsId(kind))
        {
            return TypedResults.Problem(statusCode: 400, title: "Cannot send this message", detail: "kind may hold only letters, digits, '-', '_' and '.' (at most 64).");
        }
        var to = Address.Parse(body.To!);
        var id = await outbox.EnqueueAsync(new OutboundRequest(business, to, body.Text!) { Priority = priority, Kind = body.Kind ?? "text" }, ct);
        signals.Outbound.Wake();
        return TypedResults.Accepted($"/api/businesses/{business}/messages/{id}", new SendAccepted(id, "queued", to.ToString()));
    }

    private static async Task<Results<Ok<MessagePage>, ProblemHttpResult>> ListAsync(
        string business, Businesses businesses, MessageQueries queries, CancellationToken ct, long after = 0, int limit = 50)
    {
        if (businesses.Find(business) is null)
        {
            return Problems.UnknownBusiness(business);
        }
        if (limit is < 1 or > 500 || after < 0)
        {
            return TypedResults.Problem(statusCode: 400, title: "Bad page", detail: "limit must be 1-500 and after a message id ≥ 0.");
        }
        var rows = await queries.ListAsync(business, after, limit, ct);
        var next = rows.Count == limit ? rows[^1].Id : (long?)null;
        return TypedResults.Ok(new MessagePage(rows.Select(MessageView.From).ToList(), next));
    }

    private static async Task<Results<Ok<MessageView>, ProblemHttpResult>> GetAsync(
        string business, long id, Businesses businesses, MessageQueries queries, CancellationToken ct)
    {
        if (businesses.Find(business) is null)
        {
            return Problems.UnknownBusiness(business);
        }
        var row = await queries.GetAsync(id, ct);
        return row is not null && row.BusinessId == business
            ? TypedResults.Ok(MessageView.From(row))
            : TypedResults.Problem(statusCode: 404, title: "No such message", detail: $"Business '{business}' has no message {id}.");
    }
}
