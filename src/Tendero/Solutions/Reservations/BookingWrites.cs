using System.Data.Common;
using Tendero.Agents;
using Tendero.Connectors.Sheets;
using Tendero.Storage;

namespace Tendero.Solutions.Reservations;

/// <summary>
/// What a booking, change or status change leaves behind, all in the caller's transaction: our row at its new version,
/// the queued sheet write (a new row, or only the cells that changed in the row found by id, so every other cell
/// staff typed is kept), and the <c>reservation.confirmed</c> event carrying that version.
/// </summary>
internal static class BookingWrites
{
    public static async Task CommitAsync(
        DbConnection c, DbTransaction t, BookSheet sheet, string language, Reservation before, Reservation after, bool isNew, long version, long now, CancellationToken ct)
    {
        var idColumn = sheet.Columns[BookingColumns.Id]
            ?? throw new InvalidOperationException($"The {sheet.TabName} tab has no ID column: add one (header \"ID\") so Tendero can find the rows it wrote.");
        var dedupe = $"{ReservationStore.KeyPrefix(after.Business)}{after.Id}:{version}";
        await ReservationStore.SaveAsync(c, t, after, version, now, ct);
        var cells = Cells(sheet.Columns, language, isNew ? null : before, after);
        var write = isNew
            ? SheetWrite.Append(after.Business, sheet.TabName, new Dictionary<string, object?>(cells) { [idColumn] = after.Id }, dedupe)
            : SheetWrite.Update(after.Business, sheet.TabName, idColumn, after.Id, cells, dedupe);
        if (isNew || cells.Count > 0)
        {
            await SheetWriteStore.EnqueueAsync(c, t, write, now, ct);
        }
        var payload = new ReservationConfirmed
        {
            ReservationId = after.Id, Business = after.Business, Date = ReservationStore.Iso(after.Date), Time = ReservationStore.Hhmm(after.Time),
            PartySize = after.PartySize, Name = after.Name, Phone = after.Phone, Channel = after.Channel, Notes = after.Notes,
            Status = after.Status, Version = version,
        };
        await EventLog.PublishAsync(c, t, new NewEvent(after.Business, Topics.ReservationConfirmed,
            ReservationConfirmed.OrderKey(after.Business, after.Id), Agents.Payloads.Write(payload), dedupe), now, ct);
    }

    // Only the fields that differ from before (all of them for a new row), under the sheet's own headers; a field the
    // tab has no column for is left out. Dates and times go as text (2026-11-26, 20:30) so they read back unambiguously.
    private static Dictionary<string, object?> Cells(BookingColumns columns, string language, Reservation? before, Reservation after)
    {
        var fields = new (string Field, object? Value, bool Changed)[]
        {
            (BookingColumns.Date, ReservationStore.Iso(after.Date), before?.Date != after.Date),
            (BookingColumns.Time, ReservationStore.Hhmm(after.Time), before?.Time != after.Time),
            (BookingColumns.Name, after.Name, before?.Name != after.Name),
            (BookingColumns.Party, (long)after.PartySize, before?.PartySize != after.PartySize),
            (BookingColumns.Phone, after.Phone, before?.Phone != after.Phone),
            (BookingColumns.Channel, after.Channel, before?.Channel != after.Channel),
            (BookingColumns.Notes, after.Notes, before?.Notes != after.Notes),
            (BookingColumns.Status, StatusWords.ToSheet(after.Status, language), before?.Status != after.Status),
        };
        return fields.Where(f => f.Changed && columns[f.Field] is not null)
            .ToDictionary(f => columns[f.Field]!, f => f.Value, StringComparer.OrdinalIgnoreCase);
    }
}
