using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Tendero.Config;
using Tendero.Export;
using Tendero.IntegrationTests.Support;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Export;

/// <summary>The <c>exports</c> worker on a fake clock: a dated folder at the local hour, once a day, never overwritten.</summary>
public sealed class DailyExportWorkerTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeZoneInfo Panama = TimeZoneInfo.FindSystemTimeZoneById("America/Panama");

    // 01:59 in Panama (UTC-5) on 26 November.
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 26, 6, 59, 0, TimeSpan.Zero));
    private readonly TestDatabase db = TestDatabase.Sqlite();
    private readonly KitWorld world = new();
    private IDatabase database = null!;

    private string Folder => world.Path_("exports");

    public async Task InitializeAsync()
    {
        database = await db.OpenAsync();
        await TableSeeder.SeedAsync(database, perBusiness: 2, default);
    }

    public async Task DisposeAsync()
    {
        await database.DisposeAsync();
        await db.DisposeAsync();
    }

    public void Dispose() => world.Dispose();

    private DailyExportWorker Worker() => new(
        new Businesses([new BusinessConfig("la-fonda", "La Fonda", Panama, "es", new Dictionary<string, string>(), null, null, null, "la-fonda.yaml")
        {
            Exports = new ExportsConfig(new TimeOnly(2, 0), Folder, [ExportFormat.Csv, ExportFormat.Json]),
        }]),
        database, time, NullLogger<DailyExportWorker>.Instance);

    [Fact]
    public async Task RunOnce_BeforeTheHour_WritesNothing()
    {
        Assert.Empty(await Worker().RunOnceAsync(default));
        Assert.False(Directory.Exists(Folder) && Directory.EnumerateFileSystemEntries(Folder).Any());
    }

    [Fact]
    public async Task RunOnce_AtTheHour_WritesTodaysFolderOnceEvenAfterARestart()
    {
        time.Advance(TimeSpan.FromMinutes(1));
        var written = await Worker().RunOnceAsync(default);
        Assert.Equal([Path.Combine(Folder, "2026-11-26")], written);
        Assert.True(File.Exists(Path.Combine(Folder, "2026-11-26", "messages.csv")));
        Assert.True(File.Exists(Path.Combine(Folder, "2026-11-26", "messages.jsonl")));

        time.Advance(TimeSpan.FromHours(3));
        Assert.Empty(await Worker().RunOnceAsync(default)); // a new worker: the server restarted the same day
        Assert.Equal(["2026-11-26"], Directory.GetDirectories(Folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task RunOnce_NextDay_NewFolderAndTheEarlierOneUntouched()
    {
        time.Advance(TimeSpan.FromMinutes(1));
        var worker = Worker();
        await worker.RunOnceAsync(default);
        var earlier = Path.Combine(Folder, "2026-11-26", "messages.csv");
        var before = await File.ReadAllBytesAsync(earlier);
        var stamp = File.GetLastWriteTimeUtc(earlier);

        await database.WriteAsync((c, t) => Dapper.SqlMapper.ExecuteAsync(c, "DELETE FROM messages", transaction: t), default);
        time.Advance(TimeSpan.FromDays(1));
        Assert.Equal([Path.Combine(Folder, "2026-11-27")], await worker.RunOnceAsync(default));

        Assert.Equal(before, await File.ReadAllBytesAsync(earlier));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(earlier));
        Assert.Single(await File.ReadAllLinesAsync(Path.Combine(Folder, "2026-11-27", "messages.csv"))); // the header alone
    }

    [Fact]
    public async Task RunOnce_FolderAlreadyThere_KeptAsItIs()
    {
        var existing = Directory.CreateDirectory(Path.Combine(Folder, "2026-11-26")).FullName;
        await File.WriteAllTextAsync(Path.Combine(existing, "mine.txt"), "del dueño");
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Empty(await Worker().RunOnceAsync(default));
        Assert.Equal(["mine.txt"], Directory.GetFiles(existing).Select(Path.GetFileName));
        Assert.DoesNotContain(Directory.GetDirectories(Folder), d => Path.GetFileName(d).StartsWith('.'));
    }
}
