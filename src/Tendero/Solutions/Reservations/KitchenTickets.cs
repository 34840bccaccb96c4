using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tendero.Agents;
using Tendero.Config;

namespace Tendero.Solutions.Reservations;

/// <summary>
/// The reservations solution's kitchen tickets, as JSON for <see cref="Connectors.EscPos.TicketReader"/>: a booking the
/// kitchen must prepare for (an allergy, a diet, a large party), its cancellation, and the evening's prep summary.
/// Pure: the caller gives the business, the bookings and the time.
/// </summary>
public static class KitchenTickets
{
    /// <summary>How wide a prep summary's slot is.</summary>
    public static readonly TimeSpan Slot = TimeSpan.FromMinutes(30);

    /// <summary>True when a confirmed booking gets a ticket: an allergy or diet in its notes, or a party of at least <see cref="ReservationsConfig.TicketFromParty"/>.</summary>
    public static bool Wants(ReservationsConfig config, int partySize, string? notes) =>
        partySize >= config.TicketFromParty || KitchenNotes.IsDietary(notes);

    public static JsonObject Booking(BusinessConfig business, ReservationConfirmed r)
    {
        var english = business.Language == "en";
        var notes = string.IsNullOrWhiteSpace(r.Notes) ? null : Cut(r.Notes.Trim(), 500);
        var ticket = new JsonObject
        {
            ["title"] = english ? "Reservation" : "Reserva",
            ["customer"] = Cut(string.IsNullOrWhiteSpace(r.Name) ? "?" : r.Name.Trim(), 100),
            ["time"] = Iso(business, DateOnly.Parse(r.Date, CultureInfo.InvariantCulture), TimeOnly.Parse(r.Time, CultureInfo.InvariantCulture)),
            ["items"] = new JsonArray(Item(Math.Clamp(r.PartySize, 1, 999), english ? "guests" : "personas", notes)),
            ["footer"] = (english ? "Booking " : "Reserva ") + Cut(r.ReservationId, 80),
        };
        if (KitchenNotes.Allergies(r.Notes) is { Count: > 0 } allergies)
        {
            ticket["allergies"] = new JsonArray([.. allergies.Take(20).Select(a => (JsonNode)a)]);
        }
        return ticket;
    }

    public static JsonObject Cancellation(BusinessConfig business, ReservationConfirmed r)
    {
        var english = business.Language == "en";
        return new JsonObject
        {
            ["title"] = english ? "CANCELLED" : "CANCELADA",
            ["customer"] = Cut(string.IsNullOrWhiteSpace(r.Name) ? "?" : r.Name.Trim(), 100),
            ["time"] = Iso(business, DateOnly.Parse(r.Date, CultureInfo.InvariantCulture), TimeOnly.Parse(r.Time, CultureInfo.InvariantCulture)),
            ["items"] = new JsonArray(Item(Math.Clamp(r.PartySize, 1, 999), english ? "guests: do not prepare" : "personas: no preparar", null)),
            ["footer"] = (english ? "Booking " : "Reserva ") + Cut(r.ReservationId, 80),
        };
    }

    /// <summary>
    /// Covers per slot from <paramref name="from"/> on, with each slot's bookings and their notes, and every allergy of
    /// the evening. Null when no booking holds seats then: there is nothing to prepare, and a ticket needs an item.
    /// </summary>
    public static JsonObject? PrepSummary(BusinessConfig business, DateOnly date, TimeOnly from, IEnumerable<Reservation> day, DateTimeOffset printedAt)
    {
        var english = business.Language == "en";
        var evening = day.Where(r => r.HoldsSeats && r.Time >= from).OrderBy(r => r.Time).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
        if (evening.Count == 0)
        {
            return null;
        }
        var items = new JsonArray();
        foreach (var slot in evening.GroupBy(r => SlotOf(r.Time)).OrderBy(g => g.Key).Take(100))
        {
            var end = slot.Key.Add(Slot);
            var count = slot.Count();
            var name = $"{slot.Key:HH\\:mm}-{end:HH\\:mm} " + (english ? (count == 1 ? "1 booking" : $"{count} bookings") : (count == 1 ? "1 reserva" : $"{count} reservas"));
            var notes = string.Join("; ", slot.Where(r => KitchenNotes.IsDietary(r.Notes))
                .Select(r => $"{r.Time:HH\\:mm} {First(r.Name)} ({r.PartySize}): {r.Notes.Trim()}"));
            items.Add(Item(Math.Clamp(slot.Sum(r => r.PartySize), 1, 999), name, notes.Length == 0 ? null : Cut(notes, 500)));
        }
        var covers = evening.Sum(r => r.PartySize);
        var ticket = new JsonObject
        {
            ["title"] = english ? "Prep summary" : "Resumen del servicio",
            ["customer"] = english ? $"{covers} covers" : $"{covers} cubiertos", // the date prints on the time line
            ["time"] = printedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            ["items"] = items,
            ["footer"] = english ? $"{evening.Count} bookings from {from:HH\\:mm}" : $"{evening.Count} reservas desde las {from:HH\\:mm}",
        };
        var allergies = evening.SelectMany(r => KitchenNotes.Allergies(r.Notes)).Distinct(StringComparer.OrdinalIgnoreCase).Take(20).ToList();
        if (allergies.Count > 0)
        {
            ticket["allergies"] = new JsonArray([.. allergies.Select(a => (JsonNode)a)]);
        }
        return ticket;
    }

    /// <summary>The <c>kitchen.ticket</c> event payload for a ticket.</summary>
    public static string Payload(string printer, JsonObject ticket, string dedupeId) =>
        Payloads.Write(new KitchenTicketPayload { Printer = printer, Ticket = JsonSerializer.SerializeToElement(ticket), DedupeId = dedupeId });

    /// <summary>A local date and time in the business's zone, ISO 8601 with its offset, as tickets print it.</summary>
    public static string Iso(BusinessConfig business, DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, business.TimeZone.GetUtcOffset(local)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    private static TimeOnly SlotOf(TimeOnly time) => new(time.Hour, time.Minute / (int)Slot.TotalMinutes * (int)Slot.TotalMinutes);

    private static JsonObject Item(int quantity, string name, string? notes)
    {
        var item = new JsonObject { ["quantity"] = quantity, ["name"] = Cut(name, 200) };
        if (notes is not null)
        {
            item["notes"] = notes;
        }
        return item;
    }

    private static string First(string name) => string.IsNullOrWhiteSpace(name) ? "?" : name.Trim().Split(' ')[0];

    // Control characters would be refused by the ticket reader (and could be printer commands): they become spaces.
    private static string Cut(string text, int max)
    {
        var clean = new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        return clean.Length <= max ? clean : clean[..(max - 1)] + "…";
    }
}
