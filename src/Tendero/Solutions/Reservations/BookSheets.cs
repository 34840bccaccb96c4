using Microsoft.Extensions.Logging;
using Tendero.Config;
using Tendero.Connectors.Sheets;

namespace Tendero.Solutions.Reservations;

/// <summary>
/// Reads a restaurant's tabs afresh on every call (the sheet wins: staff edits are seen by the next booking). A local
/// workbook standing in for the Sheet is created at first use when missing (<see cref="ReservationWorkbook"/>). Rows
/// that cannot be read are skipped and logged, never thrown.
/// </summary>
public sealed partial class BookSheets(SheetsConnections sheets, TimeProvider time, ILogger<BookSheets> logger) : IDisposable
{
    private readonly SemaphoreSlim creating = new(1, 1);

    public async Task<BookSheet> ReadAsync(BusinessConfig business, ReservationsConfig config, CancellationToken ct)
    {
        var readAt = time.GetUtcNow().ToUnixTimeMilliseconds();
        var bookings = await OpenAsync(business, config.BookingsTab, ct);
        var headers = await bookings.HeadersAsync(ct);
        var columns = BookingColumns.From(headers);
        var rows = await bookings.ReadAsync(ct);
        var list = BookingRows.Read(business.Id, columns, rows, business.Language != "en",
            (row, why) => Log.Skipped(logger, business.Id, bookings.Name, row, why));
        var capacityTab = await OpenAsync(business, config.CapacityTab, ct);
        var capacity = CapacityTable.Read((await capacityTab.ReadAsync(ct)).Select(r => (r.Number, r.Values)),
            (row, why) => Log.Skipped(logger, business.Id, capacityTab.Name, row, why));
        return new BookSheet(business.Id, bookings.Name, columns, list, capacity, readAt);
    }

    /// <summary>
    /// Gives a row typed by hand (<c>sheet:{row}</c>) the id <paramref name="id"/>, so Tendero can address it from now on:
    /// the ID cell is written at once, finding the row by a cell only it holds (its phone, else its name). False when
    /// the row is gone or no such cell tells it apart; then staff change it by hand.
    /// </summary>
    public async Task<bool> AdoptAsync(BusinessConfig business, ReservationsConfig config, string handTyped, string id, CancellationToken ct)
    {
        var tab = await OpenAsync(business, config.BookingsTab, ct);
        var columns = BookingColumns.From(await tab.HeadersAsync(ct));
        var rows = await tab.ReadAsync(ct);
        if (columns[BookingColumns.Id] is not { } idColumn || rows.FirstOrDefault(r => $"sheet:{r.Number}" == handTyped) is not { } row
            || SheetText.Clean(columns.Cell(row.Values, BookingColumns.Id)).Length > 0)
        {
            return false;
        }
        foreach (var field in new[] { BookingColumns.Phone, BookingColumns.Name })
        {
            var value = columns.Cell(row.Values, field);
            if (columns[field] is { } header && value.Trim().Length > 0 && rows.Count(r => columns.Cell(r.Values, field).Trim() == value.Trim()) == 1)
            {
                return await tab.UpdateAsync(header, value, new Dictionary<string, object?> { [idColumn] = id }, ct);
            }
        }
        return false;
    }

    public async Task<IReadOnlyList<MenuDish>> MenuAsync(BusinessConfig business, ReservationsConfig config, CancellationToken ct)
    {
        var tab = await OpenAsync(business, config.MenuTab, ct);
        var dishes = new List<MenuDish>();
        foreach (var row in await tab.ReadAsync(ct))
        {
            var cells = row.Values.ToDictionary(c => SheetText.Fold(c.Key), c => SheetText.Clean(c.Value));
            string Get(params string[] names) => names.Select(n => cells.GetValueOrDefault(n)).FirstOrDefault(v => !string.IsNullOrEmpty(v)) ?? "";
            var name = Get("plato", "dish", "nombre", "name");
            if (name.Length == 0)
            {
                continue;
            }
            dishes.Add(new MenuDish(name, Split(Get("ingredientes", "ingredients")), Split(Get("alergenos", "allergens", "alergias"))));
        }
        return dishes;
    }

    /// <summary>The tab (a Google Sheet's, or the local workbook's, created with the demo's layout when missing).</summary>
    public async Task<ISheetTab> OpenAsync(BusinessConfig business, string tab, CancellationToken ct)
    {
        var config = business.Sheets ?? throw new InvalidOperationException($"The business '{business.Id}' has no sheets: section for its reservations.");
        if (config.CredentialsFile is null && config.Workbook is { } path && !File.Exists(path))
        {
            await creating.WaitAsync(ct);
            try
            {
                if (!File.Exists(path))
                {
                    await ReservationWorkbook.CreateAsync(path, business, time, ct);
                    Log.Created(logger, business.Id, path);
                }
            }
            catch (Connectors.Excel.WorkbookException) when (File.Exists(path))
            {
                // Another process created it first: use theirs.
            }
            finally
            {
                creating.Release();
            }
        }
        return sheets.Local(business.Id, tab);
    }

    public void Dispose() => creating.Dispose();

    private static List<string> Split(string text) =>
        [.. text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(s => s.Length > 0 && s != "-")];

    private static partial class Log
    {
        [LoggerMessage(9101, LogLevel.Warning, "Reservations of {Business}: row {Row} of the {Tab} tab is skipped: {Reason}")]
        public static partial void Skipped(ILogger log, string business, string tab, int row, string reason);

        [LoggerMessage(9102, LogLevel.Information, "Reservations of {Business}: created the local workbook {Path} with the demo's tabs")]
        public static partial void Created(ILogger log, string business, string path);
    }
}
