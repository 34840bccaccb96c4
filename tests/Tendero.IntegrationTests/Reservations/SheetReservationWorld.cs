using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Tendero.Config;
using Tendero.Connectors.Sheets;
using Tendero.IntegrationTests.Support;
using Tendero.Solutions.Reservations;

namespace Tendero.IntegrationTests.Reservations;

/// <summary>
/// La Fonda with its assistant, the simulator, and the real <see cref="ReservationBook"/> over its own local workbook
/// (the stand-in for the Google Sheet), in a folder of its own. The workbook is made before the server starts, with the
/// demo's tabs, except that Capacidad opens every day ("mañana" may be a Monday) with <see cref="Seats"/> seats, one-hour
/// turns and a kitchen as big as the room, so a full slot and the last table take a row or two.
/// </summary>
internal sealed class SheetReservationWorld : IAsyncDisposable
{
    public const string Business = "la-fonda";
    public const int Seats = 8;

    private static readonly string[] Weekdays = ["Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Sábado", "Domingo"];
    private readonly string folder;

    private SheetReservationWorld(string folder, TestDatabase db, TestApp app) =>
        (this.folder, Db, App, Customers) = (folder, db, app, new ReservationCustomers(app));

    public TestDatabase Db { get; }
    public TestApp App { get; }
    public ReservationCustomers Customers { get; }

    public static DateOnly Tomorrow => ReservationCustomers.Tomorrow;

    /// <summary>Tomorrow as Tendero writes it into the Fecha column.</summary>
    public static string TomorrowIso => Tomorrow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static async Task<SheetReservationWorld> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("tendero-sheet-reservations-").FullName;
        foreach (var file in Directory.GetFiles(TestBusinesses.WithAssistant, "*.yaml"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
        var business = BusinessLoader.LoadFile(Path.Combine(folder, Business + ".yaml"), new Secrets(_ => null, allowDemoDefaults: true), null);
        await CreateWorkbookOpenEveryDayAsync(business);
        var db = TestDatabase.Sqlite();
        var app = await TestApp.StartAsync(db, businessesDir: folder);
        return new SheetReservationWorld(folder, db, app);
    }

    /// <summary>A tab of the workbook, opened through the server's own connections (so writes take turns with its writer).</summary>
    public ISheetTab Tab(string key) => App.Get<SheetsConnections>().Local(Business, key);

    /// <summary>The Reservas tab's rows as the workbook holds them now, cells by header.</summary>
    public async Task<List<IReadOnlyDictionary<string, string>>> BookingRowsAsync() =>
        [.. (await Tab("reservas").ReadAsync(default)).Select(r => r.Values)];

    /// <summary>Waits until the Reservas tab has a row that satisfies <paramref name="match"/> (sheet writes go through a queue), and returns it.</summary>
    public async Task<IReadOnlyDictionary<string, string>> RowAsync(Func<IReadOnlyDictionary<string, string>, bool> match, string what)
    {
        IReadOnlyDictionary<string, string>? found = null;
        try
        {
            await Eventually.UntilAsync(async () => (found = (await BookingRowsAsync()).FirstOrDefault(match)) is not null, TimeSpan.FromSeconds(30), $"a Reservas row: {what}");
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}; rows: {string.Join(" | ", (await BookingRowsAsync()).Select(r => string.Join(", ", r.Values)))}", e);
        }
        return found!;
    }

    /// <summary>A row typed into Reservas by a person at the keyboard, the way staff write dates and times (no ID).</summary>
    public Task TypeBookingAsync(string time, string name, int party, string phone = "", string notes = "") =>
        Tab("reservas").AppendAsync(new Dictionary<string, object?>
        {
            ["Fecha"] = Tomorrow.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), ["Hora"] = time, ["Nombre"] = name,
            ["Personas"] = (long)party, ["Teléfono"] = phone, ["Notas"] = notes,
        }, default);

    /// <summary>Tomorrow's covers (seats held) as <c>GET /api/businesses/la-fonda/reservations</c> reports them.</summary>
    public async Task<int> CoversTomorrowAsync() =>
        (await App.Http.GetFromJsonAsync<JsonElement>($"/api/businesses/{Business}/reservations?date={TomorrowIso}")).GetProperty("covers").GetInt32();

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Db.DisposeAsync();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Cleaned up by the OS later.
        }
    }

    private static async Task CreateWorkbookOpenEveryDayAsync(BusinessConfig business)
    {
        var path = business.Sheets!.Workbook!;
        await ReservationWorkbook.CreateAsync(path, business, TimeProvider.System, default);
        var capacity = new LocalSheetTab(path, "Capacidad", new HashSet<string>(), TimeProvider.System);
        foreach (var day in Weekdays)
        {
            var updated = await capacity.UpdateAsync("Día", day, new Dictionary<string, object?>
            {
                ["Abre"] = "12:00", ["Cierra"] = "23:00", ["Plazas"] = (long)Seats, ["Turno (min)"] = 60L, ["Cocina 15 min"] = (long)Seats,
            }, default);
            Assert.True(updated, $"Capacidad has no row for {day}");
        }
    }
}
