using Tendero.Connectors.Sheets;

namespace Tendero.Solutions.Reservations;

/// <summary>
/// Turns the <c>Reservas</c> tab's rows into bookings. A row without an id (typed by hand) gets <c>sheet:{row}</c>. A row
/// whose date, time or party size cannot be read is skipped and reported through <c>skipped</c>, never thrown.
/// </summary>
public static class BookingRows
{
    public static List<Reservation> Read(
        string business, BookingColumns columns, IEnumerable<SheetRow> rows, bool dayFirst, Action<int, string> skipped)
    {
        var result = new List<Reservation>();
        foreach (var row in rows)
        {
            string Cell(string field) => SheetText.Clean(columns.Cell(row.Values, field));
            var date = SheetText.Date(Cell(BookingColumns.Date), dayFirst);
            var time = SheetText.Time(Cell(BookingColumns.Time));
            var party = SheetText.Count(Cell(BookingColumns.Party));
            var status = StatusWords.Parse(Cell(BookingColumns.Status));
            if (date is null || time is null || party is null or < 1 || status is null)
            {
                skipped(row.Number, date is null ? $"the date '{Cell(BookingColumns.Date)}' cannot be read"
                    : time is null ? $"the time '{Cell(BookingColumns.Time)}' cannot be read"
                    : party is null or < 1 ? $"the party size '{Cell(BookingColumns.Party)}' cannot be read"
                    : $"the status '{Cell(BookingColumns.Status)}' cannot be read");
                continue;
            }
            var id = Cell(BookingColumns.Id);
            result.Add(new Reservation
            {
                Id = id.Length > 0 ? id : $"sheet:{row.Number}",
                Business = business,
                Date = date.Value,
                Time = time.Value,
                PartySize = party.Value,
                Name = Cell(BookingColumns.Name),
                Phone = Cell(BookingColumns.Phone),
                Channel = Cell(BookingColumns.Channel),
                Notes = Cell(BookingColumns.Notes),
                Status = status,
            });
        }
        return result;
    }

    /// <summary>Whether two phone numbers (or chat ids) are the same, ignoring spaces, dashes and a leading plus.</summary>
    public static bool SamePhone(string a, string b)
    {
        static string Digits(string s) => new([.. s.Where(char.IsLetterOrDigit)]);
        var (x, y) = (Digits(a), Digits(b));
        return x.Length > 0 && (x == y || (x.Length >= 7 && y.Length >= 7 && (x.EndsWith(y, StringComparison.Ordinal) || y.EndsWith(x, StringComparison.Ordinal))));
    }
}
