using System.Globalization;
using Tendero.Agents.Conversation;
using Tendero.Ai;
using Tendero.Config;

namespace Tendero.Solutions.Reservations.Eval;

/// <summary>
/// Plays a scripted conversation through what the agents run, in process: the model gateway's routing (the parser),
/// the dialog and the menu advisor (the conversation agent), and the desk against a fresh in-memory book (the
/// reservations agent). The agents only add storage and delivery around these, which their own tests cover.
/// </summary>
public sealed class ConversationPlayer(ModelGateway gateway, BusinessConfig business, ModelTier? tier)
{
    public async Task<ConversationResult> PlayAsync(ConversationCase c, CancellationToken ct)
    {
        var book = new MemoryReservationBook();
        foreach (var full in c.Setup.Full)
        {
            var at = DateTime.ParseExact(full, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
            book.Fill(DateOnly.FromDateTime(at), TimeOnly.FromDateTime(at));
        }
        var address = c.Channel == "telegram" ? "815000123" : c.Channel == "sms" ? "+50766660000" : "50766660000";
        var phone = ReservationPhone.Of(c.Channel, address);
        var seeded = c.Setup.Existing.Select(e => book.Seed(new BookingRequest
        {
            Date = DateOnly.ParseExact(e.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Time = TimeOnly.ParseExact(e.Time, "HH:mm", CultureInfo.InvariantCulture),
            PartySize = e.PartySize, Name = e.Name, Phone = phone, Channel = c.Channel,
        })).ToList();

        var transcript = new List<string>();
        var advisor = new MenuAdvisor(gateway);
        var assistant = business.Assistant ?? new AssistantConfig();
        ConversationState? state = null;
        var now = c.Now;
        foreach (var text in c.Messages)
        {
            now = now.AddMinutes(1);
            transcript.Add("> " + text);
            var u = (await gateway.UnderstandAsync(business, text, now, tier, ct)).Understanding;
            var menu = state?.Mode == DialogMode.Handoff ? null
                : await advisor.AnswerAsync(business, book, u, text, Language(u, state, business), tier, ct);
            var turn = Dialog.Next(state, u, now, new DialogContext(business.Name, business.Language, assistant, true, menu), text);
            state = turn.State;
            transcript.AddRange(turn.Replies.Select(r => "< " + r));
            foreach (var action in turn.Actions.OfType<DialogAction.ReservationRequested>())
            {
                var answer = await ReservationDesk.HandleAsync(book, business.Id, new DeskRequest(action.Goal, action.Slots, phone, c.Channel), state, now, ct);
                transcript.AddRange(answer.Replies.Select(r => "< " + r));
                state = answer.State ?? state;
            }
        }
        var reason = ConversationVerdict.Why(c.Expect, book.All.Where(b => b.Phone == phone).ToList(), seeded, state, transcript);
        return new ConversationResult(c.Id, reason is null, reason, transcript);
    }

    private static string Language(Understanding u, ConversationState? state, BusinessConfig business) =>
        u.Language is ['e', 'n', ..] ? "en" : u.Language is ['e', 's', ..] ? "es" : state?.Language ?? business.Language;
}
