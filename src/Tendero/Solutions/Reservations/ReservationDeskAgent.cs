using System.Globalization;
using Tendero.Agents;
using Tendero.Config;
using Tendero.Core;
using Tendero.Storage;

namespace Tendero.Solutions.Reservations;

/// <summary>
/// The reservation desk: a guest's answer to a reminder (Cancel frees the seats at once through the book; Confirm is
/// thanked) and staff's commands (/hoy and /mañana list the bookings, /sentado N and /noshow N mark one). The book is
/// called here, outside any transaction; replies are queued with the outcome, keyed by the inbound message, so a
/// redelivered event sends nothing twice and setting the same status again changes nothing.
/// </summary>
public sealed class ReservationDeskAgent(Businesses businesses, IReservationBook book, ReservationJobs jobs, TimeProvider time) : IAgent
{
    public string Name => AgentCatalog.ReservationDesk;

    public async Task<AgentOutcome> HandleAsync(AgentEvent e, CancellationToken ct)
    {
        if (businesses.Find(e.BusinessId) is not { Reservations: not null } business)
        {
            return AgentOutcome.Nothing;
        }
        return e.Topic switch
        {
            Topics.ReminderAnswered => await AnswerAsync(business, Payloads.Read<ReminderAnswered>(e), ct),
            Topics.StaffCommand => await CommandAsync(business, Payloads.Read<StaffCommand>(e), ct),
            _ => AgentOutcome.Nothing,
        };
    }

    private async Task<AgentOutcome> AnswerAsync(BusinessConfig business, ReminderAnswered answer, CancellationToken ct)
    {
        var date = DateOnly.ParseExact(answer.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var booking = (await book.DayAsync(business.Id, date, ct)).FirstOrDefault(r => r.Id == answer.ReservationId);
        var language = business.Language;
        string text;
        if (booking is null)
        {
            text = DeskReplies.NotFound(language);
        }
        else if (answer.Action == ReminderAnswers.Cancel && booking.Status == ReservationStatus.Confirmed)
        {
            var cancelled = await book.SetStatusAsync(business.Id, booking.Id, ReservationStatus.Cancelled, ct);
            text = cancelled is null ? DeskReplies.NotFound(language) : DeskReplies.Cancelled(language, cancelled);
        }
        else if (answer.Action == ReminderAnswers.Cancel)
        {
            // Already cancelled (a second tap, a redelivery after the book was written) or seated: nothing to change.
            text = booking.Status == ReservationStatus.Cancelled ? DeskReplies.Cancelled(language, booking) : DeskReplies.AlreadyClosed(language, booking);
        }
        else
        {
            text = booking.Status is ReservationStatus.Confirmed or ReservationStatus.Seated
                ? DeskReplies.Confirmed(language, booking) : DeskReplies.AlreadyClosed(language, booking);
        }
        return Reply(business, answer.Channel, answer.Address, text, language, $"reminder-reply:{answer.MessageId}", null);
    }

    private async Task<AgentOutcome> CommandAsync(BusinessConfig business, StaffCommand command, CancellationToken ct)
    {
        var now = TimeZoneInfo.ConvertTime(time.GetUtcNow(), business.TimeZone);
        var today = DateOnly.FromDateTime(now.DateTime);
        var key = $"staff-reply:{command.MessageId}";
        if (command.Command is StaffReservationCommands.Today or StaffReservationCommands.Tomorrow)
        {
            var day = command.Command == StaffReservationCommands.Today ? today : today.AddDays(1);
            var list = (await book.DayAsync(business.Id, day, ct)).OrderBy(r => r.Time).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
            var ids = list.Select(r => r.Id).ToList();
            var address = $"{command.Channel}:{command.Address}";
            return Reply(business, command.Channel, command.Address, DeskReplies.List(command.Language, day, list), command.Language, key,
                (c, t, token) => ReservationJobs.SaveListAsync(c, t, business.Id, address, day, ids, time.NowMs(), token));
        }
        var argument = command.Argument ?? "";
        var id = int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var line) && line is >= 1 and <= 999
            ? await jobs.LineAsync(business.Id, $"{command.Channel}:{command.Address}", line, ct)
            : argument;
        var marked = id is null ? null : await book.SetStatusAsync(business.Id, id, command.Command, ct);
        var text = marked is null ? DeskReplies.NoSuchLine(command.Language, argument) : DeskReplies.Marked(command.Language, marked);
        return Reply(business, command.Channel, command.Address, text, command.Language, key, null);
    }

    private static AgentOutcome Reply(BusinessConfig business, string channel, string address, string text, string language, string key,
        Func<System.Data.Common.DbConnection, System.Data.Common.DbTransaction, CancellationToken, Task>? write) =>
        new()
        {
            Messages = [new OutboundRequest(business.Id, new Address(ChannelNames.Parse(channel), address), text)
            {
                Kind = "reservation_reply", Priority = 0, Language = language, IdempotencyKey = key,
            }],
            Write = write,
        };
}
