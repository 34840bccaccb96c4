using System.Text.Json.Serialization;
using Tendero.Agents;
using Tendero.Agents.Conversation;
using Tendero.Config;
using Tendero.Core;
using Tendero.Storage;

namespace Tendero.Solutions.Reservations;

/// <summary>
/// The reservations agent: <c>reservation.requested</c> → the book (<see cref="IReservationBook"/>) → the customer hears
/// the book's answer. Only for a business with a <c>reservations:</c> section; for the others the request stays what it
/// was (an event the actions agent may forward). Events come at least once: the reply is keyed by the message id, and
/// <see cref="ReservationDesk"/> recognises a request it already carried out, so a replay never books twice.
/// </summary>
public sealed class ReservationsAgent(IReservationBook book, ConversationStore store, Businesses businesses, TimeProvider time) : IAgent
{
    public string Name => AgentCatalog.Reservations;

    public async Task<AgentOutcome> HandleAsync(AgentEvent e, CancellationToken ct)
    {
        if (businesses.Find(e.BusinessId) is not { Reservations: not null } business)
        {
            return AgentOutcome.Nothing;
        }
        var request = Payloads.Read<RequestedPayload>(e);
        var row = await store.EnsureAsync(e.BusinessId, request.Channel, request.Address, ct);
        var now = TimeZoneInfo.ConvertTime(time.GetUtcNow(), business.TimeZone);
        var state = Read(row) ?? ConversationState.Start(business.Language, now);
        var phone = ReservationPhone.Of(request.Channel, request.Address);
        var answer = await ReservationDesk.HandleAsync(book, business.Id, new DeskRequest(request.Request.Goal, request.Request.Slots, phone, request.Channel), state, now, ct);
        var to = new Address(ChannelNames.Parse(request.Channel), request.Address);
        var messages = answer.Replies.Select((text, i) => new OutboundRequest(e.BusinessId, to, text)
        {
            Kind = "assistant",
            Priority = 0,
            Language = state.Language,
            IdempotencyKey = $"resv:{request.MessageId}:{i}",
        }).ToList();
        return new AgentOutcome
        {
            Messages = messages,
            Write = answer.State is not { } next ? null
                : (c, t, token) => ConversationStore.SaveAsync(c, t, row, row.Mode, next.ToJson(), null, time.NowMs(), token),
        };
    }

    private static ConversationState? Read(ConversationRow row)
    {
        try
        {
            return row.State.Length == 0 ? null : ConversationState.FromJson(row.State);
        }
        catch (FormatException)
        {
            return null; // the conversation agent logs an unreadable state; the book's answer is still worth sending
        }
    }

    /// <summary>The payload the conversation agent writes for <see cref="Topics.ReservationRequested"/>.</summary>
    internal sealed record RequestedPayload
    {
        [JsonPropertyName("conversation_id")] public long ConversationId { get; init; }
        [JsonPropertyName("channel")] public required string Channel { get; init; }
        [JsonPropertyName("address")] public required string Address { get; init; }
        [JsonPropertyName("name")] public string? Name { get; init; }
        [JsonPropertyName("message_id")] public long MessageId { get; init; }
        [JsonPropertyName("request")] public required DialogAction.ReservationRequested Request { get; init; }
    }
}
