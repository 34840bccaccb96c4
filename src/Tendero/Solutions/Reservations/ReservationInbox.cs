using System.Data.Common;
using System.Text.Json;
using Dapper;
using Tendero.Agents;
using Tendero.Config;
using Tendero.Core;

namespace Tendero.Solutions.Reservations;

/// <summary>
/// The reservations solution's part of the inbox, run inside the responder's transaction for each new inbound message
/// of a business with a <c>reservations:</c> section. It only publishes events (the book is slow I/O, kept out of the
/// transaction): a reminder's answer (a WhatsApp quick reply, a Telegram button, an SMS "1" or "2" from a guest reminded
/// in the last day) and a staff command. True when the message was one of these and needs no other answer.
/// </summary>
internal static class ReservationInbox
{
    private static readonly TimeSpan AnswerWindow = TimeSpan.FromHours(24);

    public static async Task<bool> RouteAsync(DbConnection c, DbTransaction t, BusinessConfig business, InboundFacts m, long now, CancellationToken ct)
    {
        if (business.Reservations is not { } config || !ChannelNames.TryParse(m.Channel, out var channel))
        {
            return false;
        }
        var payload = m.Kind switch
        {
            "button" => ButtonPayload(m.Raw),
            "callback" => m.Text,
            _ => null,
        };
        if (ReminderAnswers.TryParse(payload, out var action, out var date, out var id))
        {
            return await AnswerAsync(c, t, business.Id, m, action, date, id, now, ct);
        }
        if (m.Kind != "text")
        {
            return false;
        }
        if (StaffReservationCommands.Parse(m.Text) is { } command)
        {
            var staff = business.Staff.FirstOrDefault(p => p.AddressOn(channel) == m.Address && (config.Staff.Count == 0 || config.Staff.Contains(p.Id)));
            if (staff is not null)
            {
                var typed = new StaffCommand
                {
                    Command = command.Command, Argument = command.Argument, StaffId = staff.Id, Language = staff.Language,
                    Channel = m.Channel, Address = m.Address, MessageId = m.Id,
                };
                await EventLog.PublishAsync(c, t, new NewEvent(business.Id, Topics.StaffCommand, Payloads.OrderKey(business.Id, m.Channel, m.Address),
                    Payloads.Write(typed), $"staff-command:{business.Id}:{m.Id}"), now, ct);
            }
            return true; // a stranger typing /hoy gets nothing: not the list, not an auto reply
        }
        if (m.Text?.Trim() is "1" or "2" && await RemindedAsync(c, t, business.Id, channel, m.Address, now, ct) is { } reminded)
        {
            return await AnswerAsync(c, t, business.Id, m, m.Text.Trim() == "1" ? ReminderAnswers.Confirm : ReminderAnswers.Cancel,
                reminded.Day, reminded.Ref, now, ct);
        }
        return false;
    }

    private static async Task<bool> AnswerAsync(
        DbConnection c, DbTransaction t, string businessId, InboundFacts m, string action, DateOnly date, string id, long now, CancellationToken ct)
    {
        var answer = new ReminderAnswered
        {
            ReservationId = id, Date = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Action = action,
            Channel = m.Channel, Address = m.Address, MessageId = m.Id,
        };
        await EventLog.PublishAsync(c, t, new NewEvent(businessId, Topics.ReminderAnswered, ReservationConfirmed.OrderKey(businessId, id),
            Payloads.Write(answer), $"reminder-answer:{businessId}:{m.Id}"), now, ct);
        return true;
    }

    // The latest reminder that went to this person (by the address they answer from) in the last day.
    private static async Task<(DateOnly Day, string Ref)?> RemindedAsync(
        DbConnection c, DbTransaction t, string businessId, ChannelKind channel, string address, long now, CancellationToken ct)
    {
        // The column is one of four fixed names, never text from outside.
        var row = await c.QueryFirstOrDefaultAsync<JobRef>(new CommandDefinition(
            $"""
            SELECT j.day AS Day, j.ref AS Ref FROM reservation_jobs j JOIN people p ON p.business_id = j.business_id AND p.id = j.person_id
             WHERE j.business_id = @businessId AND j.kind = 'reminder' AND p.{channel.Name()} = @address AND j.created_at > @since
             ORDER BY j.created_at DESC LIMIT 1
            """, new { businessId, address, since = now - (long)AnswerWindow.TotalMilliseconds }, t, cancellationToken: ct));
        return row is not null && DateOnly.TryParse(row.Day, System.Globalization.CultureInfo.InvariantCulture, out var day) ? (day, row.Ref) : null;
    }

    private sealed class JobRef
    {
        public string Day { get; init; } = "";
        public string Ref { get; init; } = "";
    }

    // The inbound message as WhatsApp sent it: {"type":"button","button":{"payload":…,"text":…}}.
    private static string? ButtonPayload(string? raw)
    {
        if (raw is null)
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(raw);
            return document.RootElement.TryGetProperty("button", out var button) && button.ValueKind == JsonValueKind.Object
                && button.TryGetProperty("payload", out var payload) && payload.ValueKind == JsonValueKind.String ? payload.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>What the inbox knows of one new inbound message.</summary>
internal sealed record InboundFacts(long Id, string Channel, string Address, string Kind, string? Text, string? Raw);
