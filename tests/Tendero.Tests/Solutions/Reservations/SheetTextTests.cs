using Tendero.Connectors.Sheets;
using Tendero.Solutions.Reservations;

namespace Tendero.Tests.Solutions.Reservations;

/// <summary>Cells as staff type them: dates, times, counts, statuses and headers, read leniently.</summary>
public sealed class SheetTextTests
{
    [Theory]
    [InlineData("2026-11-26", 2026, 11, 26)]
    [InlineData("26/11/2026", 2026, 11, 26)]
    [InlineData("3/4/2026", 2026, 4, 3)]
    [InlineData("26-11-26", 2026, 11, 26)]
    [InlineData("46352", 2026, 11, 26)]
    [InlineData("2026-11-26 00:00:00", 2026, 11, 26)]
    [InlineData("'2026-11-26", 2026, 11, 26)]
    public void Date_AsStaffTypeIt_ReadsTheDay(string cell, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), SheetText.Date(cell));

    [Fact]
    public void Date_MonthFirstBusiness_ReadsAmbiguousDatesMonthFirst() =>
        Assert.Equal(new DateOnly(2026, 3, 4), SheetText.Date("3/4/2026", dayFirst: false));

    [Theory]
    [InlineData("mañana")]
    [InlineData("31/02/2026")]
    [InlineData("")]
    public void Date_Unreadable_ReturnsNull(string cell) => Assert.Null(SheetText.Date(cell));

    [Theory]
    [InlineData("20:00", 20, 0)]
    [InlineData("8 pm", 20, 0)]
    [InlineData("8:30 p.m.", 20, 30)]
    [InlineData("12 pm", 12, 0)]
    [InlineData("12:15 am", 0, 15)]
    [InlineData("20h", 20, 0)]
    [InlineData("20h30", 20, 30)]
    [InlineData("19.45", 19, 45)]
    [InlineData("20:30:00", 20, 30)]
    [InlineData("0.8333333333", 20, 0)]
    public void Time_AsStaffTypeIt_ReadsTheTime(string cell, int hour, int minute) =>
        Assert.Equal(new TimeOnly(hour, minute), SheetText.Time(cell));

    [Theory]
    [InlineData("tarde")]
    [InlineData("25:00")]
    [InlineData("13 pm")]
    public void Time_Unreadable_ReturnsNull(string cell) => Assert.Null(SheetText.Time(cell));

    [Theory]
    [InlineData("4", 4)]
    [InlineData("4.0", 4)]
    [InlineData("4 personas", 4)]
    public void Count_AsStaffTypeIt_ReadsTheNumber(string cell, int expected) => Assert.Equal(expected, SheetText.Count(cell));

    [Theory]
    [InlineData("Confirmada", ReservationStatus.Confirmed)]
    [InlineData("", ReservationStatus.Confirmed)]
    [InlineData("CANCELADA", ReservationStatus.Cancelled)]
    [InlineData("canceled", ReservationStatus.Cancelled)]
    [InlineData("Sentada", ReservationStatus.Seated)]
    [InlineData("no vino", ReservationStatus.NoShow)]
    [InlineData("No-show", ReservationStatus.NoShow)]
    [InlineData("no_show", ReservationStatus.NoShow)]
    public void Parse_StatusInEitherLanguage_ReadsTheStatus(string cell, string expected) => Assert.Equal(expected, StatusWords.Parse(cell));

    [Fact]
    public void ToSheet_EachStatus_RoundTripsInBothLanguages()
    {
        foreach (var status in new[] { ReservationStatus.Confirmed, ReservationStatus.Cancelled, ReservationStatus.Seated, ReservationStatus.NoShow })
        {
            Assert.Equal(status, StatusWords.Parse(StatusWords.ToSheet(status, "es")));
            Assert.Equal(status, StatusWords.Parse(StatusWords.ToSheet(status, "en")));
        }
    }

    [Fact]
    public void From_HeadersInAnyOrderCaseAndAccents_FindsEveryField()
    {
        var columns = BookingColumns.From(["ESTADO", "Extra", "telefono", "Nombre ", "Fecha", "hora", "Personas", "canal", "Notas", "Id"]);

        Assert.Equal(("Id", "telefono", "ESTADO", "Nombre "), (columns[BookingColumns.Id], columns[BookingColumns.Phone], columns[BookingColumns.Status], columns[BookingColumns.Name]));
    }

    [Fact]
    public void Read_RowsTypedByHand_GetSheetIdsAndBadRowsAreSkipped()
    {
        var columns = BookingColumns.From(BookingColumns.Default);
        SheetRow Row(int n, string id, string date, string time, string party, string status = "") => new(n, new Dictionary<string, string>
        {
            ["ID"] = id, ["Fecha"] = date, ["Hora"] = time, ["Personas"] = party, ["Estado"] = status, ["Nombre"] = "Ana",
        });
        var skipped = new List<int>();

        var list = BookingRows.Read("la-fonda", columns, [Row(2, "R-1", "2026-11-26", "20:00", "4"), Row(3, "", "26/11/2026", "8 pm", "2", "Cancelada"),
            Row(4, "", "pronto", "20:00", "2"), Row(5, "", "2026-11-26", "20:00", "dos")], true, (n, _) => skipped.Add(n));

        Assert.Equal(["R-1", "sheet:3"], list.Select(r => r.Id));
        Assert.Equal(ReservationStatus.Cancelled, list[1].Status);
        Assert.Equal([4, 5], skipped);
    }
}
