using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tendero.Agents;
using Tendero.Agents.Conversation;
using Tendero.Config;
using Tendero.Delivery;
using Tendero.Storage;

namespace Tendero.Api;

/// <summary>
/// The assistant's conversations: list them (those handed to staff with <c>?mode=handoff</c>), read one with its state,
/// and hand one back to the bot (what staff's <c>/bot N</c> does).
/// </summary>
public static class ConversationsApi
{
    public static void MapConversationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/businesses/{business}/conversations").AddEndpointFilter<ApiKeyFilter>();
        group.MapGet("", ListAsync);
        group.MapGet("/{id:long}", GetAsync);
        group.MapPost("/{id:long}/release", ReleaseAsync);
    }

    private static async Task<Results<Ok<IReadOnlyList<ConversationView>>, ProblemHttpResult>> ListAsync(
        string business, Businesses businesses, ConversationStore store, CancellationToken ct, string? mode = null, int limit = 50)
    {
        if (businesses.Find(business) is null)
        {
            return Problems.UnknownBusiness(business);
        }
        if (mode is not (null or "bot" or "handoff") || limit is < 1 or > 500)
        {
            return TypedResults.Problem(statusCode: 400, title: "Bad query", detail: "mode is bot or handoff, and limit 1-500.");
        }
        var rows = await store.ListAsync(business, mode, limit, ct);
        return TypedResults.Ok<IReadOnlyList<ConversationView>>(rows.Select(ConversationView.From).ToList());
    }

    private static async Task<Results<Ok<ConversationView>, ProblemHttpResult>> GetAsync(
        string business, long id, Businesses businesses, ConversationStore store, CancellationToken ct)
    {
        if (businesses.Find(business) is null)
        {
            return Problems.UnknownBusiness(business);
        }
        return await store.GetAsync(business, id, ct) is { } row ? TypedResults.Ok(ConversationView.From(row)) : NotFound(business, id);
    }

    private static async Task<Results<Accepted<ConversationView>, ProblemHttpResult>> ReleaseAsync(
        string business, long id, Businesses businesses, ConversationStore store, EventLog events, WorkSignals signals, CancellationToken ct)
    {
        if (businesses.Find(business) is null)
        {
            return Problems.UnknownBusiness(business);
        }
        if (await store.GetAsync(business, id, ct) is not { } row)
        {
            return NotFound(business, id);
        }
        if (row.Mode != "handoff")
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not with staff",
                detail: $"Conversation {id} is answered by the bot already; only a conversation handed to staff can be handed back.");
        }
        var payload = new HandoffPayload { ConversationId = id, Channel = row.Channel, Address = row.Address, Reason = "api" };
        // Keyed by the version read: a second call for the same handoff is one release.
        await events.PublishAsync(new NewEvent(business, Topics.HandoffReleased, Payloads.OrderKey(business, row.Channel, row.Address),
            Payloads.Write(payload), $"released:api:{id}:{row.Version}"), ct);
        signals.Agents.Wake();
        return TypedResults.Accepted($"/api/businesses/{business}/conversations/{id}", ConversationView.From(row));
    }

    private static ProblemHttpResult NotFound(string business, long id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, title: "No such conversation",
        detail: $"Business '{business}' has no conversation {id}: list them at /api/businesses/{business}/conversations.");
}

/// <summary>A conversation as the API shows it: who, on which channel, bot or staff, and the assistant's state.</summary>
public sealed record ConversationView(long Id, string Channel, string Address, string Mode, DateTimeOffset? LastInboundAt, DateTimeOffset UpdatedAt, JsonElement? State)
{
    public static ConversationView From(ConversationRow row) => new(
        row.Id, row.Channel, row.Address, row.Mode, row.LastInboundAt is { } at ? Clock.At(at) : null, Clock.At(row.UpdatedAt),
        StateOf(row.State));

    private static JsonElement? StateOf(string state)
    {
        try
        {
            return state.Length == 0 ? null : JsonDocument.Parse(state).RootElement.Clone();
        }
        catch (JsonException)
        {
            return null; // the agent starts such a conversation afresh (and logs it)
        }
    }
}
