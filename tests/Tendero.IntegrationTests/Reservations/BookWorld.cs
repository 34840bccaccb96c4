using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Tendero.Config;
using Tendero.Connectors.Sheets;
using Tendero.Hosting;
using Tendero.IntegrationTests.Support;
using Tendero.Solutions.Reservations;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Reservations;

/// <summary>
/// La Fonda as shipped (its own copy, so its own local workbook, created at first use), on a fake clock at Thursday
/// 2026-11-26 10:00 in Panama. Books and sheet writers are made per database handle, as separate processes would.
/// </summary>
internal sealed class BookWorld
{
    public const string Business = "la-fonda";
    public static readonly DateOnly Friday = new(2026, 11, 27);

    private readonly string folder = TestBusinesses.Edited(Business, yaml => yaml);

    public BookWorld()
    {
        Config = BusinessLoader.LoadFile(Path.Combine(folder, Business + ".yaml"), new Secrets(_ => null, allowDemoDefaults: true), null);
        Businesses = new Businesses([Config]);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 26, 15, 0, 0, TimeSpan.Zero));

    public BusinessConfig Config { get; }

    public Businesses Businesses { get; }

    public string Workbook => Config.Sheets!.Workbook!;

    public ReservationBook Book(IDatabase database) => new(Businesses, database, Sheets(), Time);

    public BookSheets Sheets() => new(Connections(), Time, NullLogger<BookSheets>.Instance);

    public SheetWriter Writer(IDatabase database) => new(
        new SheetWriteStore(database, Time), Connections(), Options.Create(new SheetWriterOptions()),
        Options.Create(new ServerOptions { NodeId = "node-1" }), database, Time, NullLogger<SheetWriter>.Instance);

    /// <summary>The Reservas tab as a person at the keyboard would change it, straight into the workbook.</summary>
    public ISheetTab Tab(string name = "Reservas") => new LocalSheetTab(Workbook, name, new HashSet<string>(), Time);

    public async Task<List<SheetRow>> RowsAsync() => [.. await Tab().ReadAsync(default)];

    public static BookingRequest Request(string time, int party, string name = "Ana Pérez", string phone = "+50760001111", DateOnly? date = null) => new()
    {
        Date = date ?? Friday, Time = TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), PartySize = party,
        Name = name, Phone = phone, Channel = "whatsapp",
    };

    public void DeleteFolder()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Cleaned up by the OS later.
        }
    }

    private SheetsConnections Connections() => new(Businesses, Time, new HttpClient(), new LocalSheetTabs(Time).Open);
}
