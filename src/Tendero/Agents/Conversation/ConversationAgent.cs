using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tendero.Config;
using Tendero.Core;
using Tendero.Storage;

namespace Tendero.Agents.Conversation;

/// <summary>
/// The conversation agent: <c>intent.detected</c> → replies, state and actions. It keeps each conversation's state
/// across turns (in the <c>conversations</c> table, so it survives restarts), lets <see cref="Dialog"/> decide, and
/// commits the new state, the replies and the events (<c>handoff.requested</c>, <c>reservation.requested</c>) in one
/// transaction. <c>handoff.released</c> brings the bot back into a conversation staff had taken over.
/// </summary>
public sealed partial class ConversationAgent(
    ConversationStore store, Businesses businesses, TimeProvider time, ILogger<ConversationAgent> log, IServiceProvider? services = null) : IAgent
{
    public string Name => AgentCatalog.Conversation;

    public async Task<AgentOutcome> HandleAsync(AgentEvent e, CancellationToken ct)
    {
        if (businesses.Find(e.BusinessId) is not { Assistant: { } assistant } business)
        {
            return AgentOutcome.Nothing; // the business is gone, or no longer has an assistant
        }
        return e.Topic switch
        {
            Topics.IntentDetected => await TurnAsync(e, business, assistant, Payloads.Read<IntentDetected>(e), ct),
            Topics.HandoffReleased => await ReleaseAsync(e, Payloads.Read<HandoffPayload>(e), ct),
            _ => AgentOutcome.Nothing,
        };
    }

    private async Task<AgentOutcome> TurnAsync(AgentEvent e, BusinessConfig business, AssistantConfig assistant, IntentDetected detected, CancellationToken ct)
    {
        var message = detected.Message;
        var row = await store.EnsureAsync(e.BusinessId, message.Channel, message.Address, ct);
        var at = TimeZoneInfo.ConvertTime(message.At, business.TimeZone);
        var saved = StateOf(row);
        var menu = await MenuAnswerAsync(business, detected, saved, ct);
        var context = new DialogContext(business.Name, business.Language, assistant, business.Reservations is not null, menu);
        var turn = Dialog.Next(saved, detected.Understanding, at, context, message.Text);
        var state = turn.State;
        var to = new Address(ChannelNames.Parse(message.Channel), message.Address);
        var replies = turn.Replies.Select((text, i) => new OutboundRequest(e.BusinessId, to, text)
        {
            Kind = "assistant",
            Priority = 0,
            Language = state.Language,
            IdempotencyKey = $"conv:{message.MessageId}:{i}",
            ReplyTo = i == 0 ? message.MessageId : null,
        }).ToList();
        var events = turn.Actions.Select(action => action switch
        {
            DialogAction.HandoffRequested h => new NewEvent(e.BusinessId, Topics.HandoffRequested, e.OrderKey, Payloads.Write(new HandoffPayload
            {
                ConversationId = row.Id, Channel = message.Channel, Address = message.Address, Name = message.Name,
                Text = message.Text, Reason = h.Reason,
            }), $"handoff:{message.MessageId}"),
            DialogAction.ReservationRequested r => new NewEvent(e.BusinessId, Topics.ReservationRequested, e.OrderKey, Payloads.Write(new
            {
                conversation_id = row.Id, channel = message.Channel, address = message.Address, name = message.Name,
                message_id = message.MessageId, request = r,
            }), $"reservation:{message.MessageId}"),
            _ => throw new InvalidOperationException($"The dialog asked for {action.GetType().Name}, which the conversation agent does not know."),
        }).ToList();
        var mode = state.Mode == DialogMode.Handoff ? "handoff" : "bot";
        return new AgentOutcome
        {
            Messages = replies,
            Events = events,
            Write = (c, t, token) => ConversationStore.SaveAsync(c, t, row, mode, state.ToJson(), message.At.ToUnixTimeMilliseconds(), time.NowMs(), token),
        };
    }

    private async Task<AgentOutcome> ReleaseAsync(AgentEvent e, HandoffPayload released, CancellationToken ct)
    {
        var row = await store.EnsureAsync(e.BusinessId, released.Channel, released.Address, ct);
        if (StateOf(row) is not { } state)
        {
            return AgentOutcome.Nothing;
        }
        var back = Dialog.Release(state);
        return new AgentOutcome
        {
            Write = (c, t, token) => ConversationStore.SaveAsync(c, t, row, "bot", back.ToJson(), null, time.NowMs(), token),
        };
    }

    // A dietary question is answered from the book's menu (the smart tier, checked) when the business has a book.
    private async Task<string?> MenuAnswerAsync(BusinessConfig business, IntentDetected detected, ConversationState? saved, CancellationToken ct)
    {
        if (business.Reservations is null || services is null || saved?.Mode == DialogMode.Handoff)
        {
            return null;
        }
        var u = detected.Understanding;
        var language = u.Language is ['e', 'n', ..] ? "en" : u.Language is ['e', 's', ..] ? "es" : saved?.Language ?? business.Language;
        var advisor = new Solutions.Reservations.MenuAdvisor(services.GetRequiredService<Ai.ModelGateway>());
        return await advisor.AnswerAsync(business, services.GetRequiredService<Solutions.Reservations.IReservationBook>(), u, detected.Message.Text, language, null, ct);
    }

    /// <summary>The saved state, or null for a new conversation. A state that cannot be read starts afresh (and is logged), rather than blocking the customer forever.</summary>
    private ConversationState? StateOf(ConversationRow row)
    {
        if (row.State.Length == 0)
        {
            return null;
        }
        try
        {
            return ConversationState.FromJson(row.State);
        }
        catch (Exception error) when (error is System.Text.Json.JsonException or FormatException or ArgumentException or InvalidOperationException)
        {
            Log.UnreadableState(log, error, row.Id);
            return null;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(80, LogLevel.Warning, "Conversation {Id}: its saved state could not be read, so it starts afresh")]
        public static partial void UnreadableState(ILogger log, Exception error, long id);
    }
}
