using Tendero.Config;

namespace Tendero.Tests.Config;

/// <summary>The <c>reservations:</c> section: La Fonda's, the defaults, and a named error for every bad reference.</summary>
public sealed class ReservationsConfigTests : IDisposable
{
    private const string Sheets = """

        staff:
          - id: maria
            sms: "+50760001111"
        sheets:
          workbook: demo/cafe.xlsx
          tabs:
            reservas: { name: Reservas, key: ID }
            capacidad: { name: Capacidad }
            menu: { name: Menú }
        """;

    private readonly BusinessFiles files = new();

    public void Dispose() => files.Dispose();

    private BusinessConfig Load(string reservations, string sheets = Sheets) =>
        BusinessLoader.LoadFile(files.Write("cafe-uno.yaml", BusinessFiles.Minimal + sheets + "\nreservations:\n" + reservations), BusinessFiles.Demo, null);

    [Fact]
    public void LoadFile_LaFonda_HasItsReservations()
    {
        var config = BusinessFiles.LaFonda().Reservations!;

        Assert.Equal(("reservas", "capacidad", "menu", 8), (config.BookingsTab, config.CapacityTab, config.MenuTab, config.TicketFromParty));
        Assert.Equal((new TimeOnly(17, 0), new TimeOnly(10, 0)), (config.PrepSummaryAt, config.ReminderAt));
        Assert.Equal(["maria", "kitchen"], config.Staff);
    }

    [Fact]
    public void LoadFile_EmptySection_TakesTheDefaults()
    {
        var config = Load("  ticket_from_party: 6\n  prep_summary_at: none").Reservations!;

        Assert.Equal(("reservas", 6, (TimeOnly?)null, "reservation-reminder"), (config.BookingsTab, config.TicketFromParty, config.PrepSummaryAt, config.ReminderPolicy));
    }

    [Theory]
    [InlineData("  bookings_tab: libro", "reservations.bookings_tab: 'libro' is not a tab under sheets.tabs")]
    [InlineData("  kitchen_printer: cocina", "reservations.kitchen_printer: 'cocina' is not under printers:")]
    [InlineData("  reminder_policy: recordar", "reservations.reminder_policy: 'recordar' is not under policies:")]
    [InlineData("  staff: [pedro]", "reservations.staff: 'pedro' is not the id of anyone under staff:")]
    [InlineData("  reminder_at: 25:00", "reservations.reminder_at: '25:00' is not a 24-hour time")]
    public void LoadFile_BadReference_NamesTheFileAndField(string line, string expected)
    {
        var e = Assert.Throws<BusinessConfigException>(() => Load(line));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.Contains("cafe-uno.yaml", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_NoSheetsSection_IsAnError()
    {
        var e = Assert.Throws<BusinessConfigException>(() => Load("  ticket_from_party: 8", sheets: ""));

        Assert.Contains("reservations: needs a sheets: section", e.Message, StringComparison.Ordinal);
    }
}
