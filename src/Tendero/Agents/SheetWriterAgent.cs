using System.Globalization;
using Tendero.Config;
using Tendero.Connectors.Sheets;
using Tendero.Storage;

namespace Tendero.Agents;

/// <summary>
/// Writes confirmed reservations into the business's reservation tab (<c>sheets.tabs.reservas</c>). The first event of a
/// reservation appends a row; later ones (a status change) update that row by the tab's key column. The write is
/// queued durably in the same transaction that completes the event, with a dedupe key per reservation version, so an
/// event delivered twice never writes twice; <see cref="SheetWriter"/> sends the queue to the sheet.
/// </summary>
public sealed class SheetWriterAgent(Businesses businesses, TimeProvider time) : IAgent
{
    /// <summary>The key of the reservation tab under <c>sheets.tabs</c>.</summary>
    public const string ReservationTab = "reservas";

    public string Name => AgentCatalog.SheetWriter;

    public Task<AgentOutcome> HandleAsync(AgentEvent e, CancellationToken ct)
    {
        var reservation = Payloads.Read<ReservationConfirmed>(e);
        // A business with a reservations: section has its tab kept by the reservation book, which writes each booking itself.
        var business = businesses.Find(e.BusinessId);
        if (business?.Reservations is not null || business?.Sheets?.Tab(ReservationTab) is not { } tab)
        {
            return Task.FromResult(AgentOutcome.Nothing);
        }
        var values = Values(reservation, tab);
        var keyColumn = tab.Key ?? tab.Columns["phone"];
        var key = values.TryGetValue(keyColumn, out var k) && k is string text && text.Length > 0 ? text : null;
        var prefix = $"reservation:{e.BusinessId}:{reservation.ReservationId}:";
        var dedupe = prefix + (reservation.Version?.ToString(CultureInfo.InvariantCulture) ?? reservation.Status);
        return Task.FromResult(new AgentOutcome
        {
            Write = async (c, t, token) =>
            {
                var seen = key is not null && await SheetWriteStore.AnyWithPrefixAsync(c, t, prefix, token);
                var write = seen
                    ? SheetWrite.Update(e.BusinessId, tab.Name, keyColumn, key!, values, dedupe)
                    : SheetWrite.Append(e.BusinessId, tab.Name, values, dedupe);
                await SheetWriteStore.EnqueueAsync(c, t, write, time.NowMs(), token);
            },
        });
    }

    /// <summary>The reservation as cells by header name: the date and time as values, the party size as a number.</summary>
    public static Dictionary<string, object?> Values(ReservationConfirmed r, SheetsTab tab)
    {
        object? date = DateOnly.TryParseExact(r.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : r.Date;
        object? hour = TimeOnly.TryParseExact(r.Time, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var h) ? h : r.Time;
        var fields = new Dictionary<string, object?>
        {
            ["date"] = date,
            ["time"] = hour,
            ["name"] = r.Name,
            ["party_size"] = (long)r.PartySize,
            ["phone"] = r.Phone,
            ["channel"] = r.Channel,
            ["notes"] = r.Notes,
            ["status"] = r.Status,
        };
        return fields.ToDictionary(f => tab.Columns[f.Key], f => f.Value, StringComparer.OrdinalIgnoreCase);
    }
}
