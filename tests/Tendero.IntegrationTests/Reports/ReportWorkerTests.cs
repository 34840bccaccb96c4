using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Tendero.Config;
using Tendero.IntegrationTests.Support;
using Tendero.Reports;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Reports;

/// <summary>The <c>reports</c> worker on a fake clock: the previous month's PDF once, at the business's local day and time.</summary>
public sealed class ReportWorkerTests : IAsyncLifetime
{
    private readonly TestDatabase db = TestDatabase.Sqlite();
    private FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 1, 11, 59, 0, TimeSpan.Zero)); // 06:59 in Panama
    private readonly string folder = Path.Combine(Path.GetTempPath(), "tendero-reports-" + Guid.NewGuid().ToString("N"));
    private IDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = await db.OpenAsync();
        await ReportSeed.SeedAsync(database);
    }

    public async Task DisposeAsync()
    {
        await database.DisposeAsync();
        await db.DisposeAsync();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private ReportWorker Worker() => new(
        new Businesses([MonthlyReportSuite.LaFonda("es") with { Report = new ReportConfig { MonthlyOnDay = 1, At = new TimeOnly(7, 0), Folder = folder } }]),
        database, clock, NullLogger<ReportWorker>.Instance);

    private string[] Files() => Directory.Exists(folder) ? Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray() : [];

    [Fact]
    public async Task RunOnce_AtTheLocalTime_WritesThePreviousMonthOnce()
    {
        var worker = Worker();
        await new CursorStore(database).SetAsync("report:la-fonda", "2026-10", CancellationToken.None);
        Assert.Equal(0, await worker.RunOnceAsync(CancellationToken.None)); // 06:59 local: not yet
        Assert.Empty(Files());

        clock.Advance(TimeSpan.FromMinutes(1)); // 07:00 in Panama, 12:00 UTC
        Assert.Equal(1, await worker.RunOnceAsync(CancellationToken.None));
        Assert.Equal(["la-fonda-2026-11.pdf"], Files());
        Assert.Contains("Mensajes 9 4 ▲ +125.0 %", MonthlyReportSuite.Text(await File.ReadAllBytesAsync(Path.Combine(folder, "la-fonda-2026-11.pdf"))), StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromDays(20));
        Assert.Equal(0, await worker.RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await Worker().RunOnceAsync(CancellationToken.None)); // a restarted server remembers
        Assert.Equal(["la-fonda-2026-11.pdf"], Files());
    }

    [Fact]
    public async Task RunOnce_DownForTwoMonths_CatchesUpEachMonth()
    {
        await new CursorStore(database).SetAsync("report:la-fonda", "2026-10", CancellationToken.None);
        clock.SetUtcNow(new DateTimeOffset(2027, 1, 3, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal(2, await Worker().RunOnceAsync(CancellationToken.None));
        Assert.Equal(["la-fonda-2026-11.pdf", "la-fonda-2026-12.pdf"], Files());
    }

    [Fact]
    public async Task RunOnce_MonthBeforeAnyActivity_MarkedDoneWithoutFile()
    {
        clock = new FakeTimeProvider(new DateTimeOffset(2026, 10, 5, 12, 0, 0, TimeSpan.Zero)); // September is due and empty
        Assert.Equal(0, await Worker().RunOnceAsync(CancellationToken.None));
        Assert.Empty(Files());
        Assert.Equal("2026-09", await new CursorStore(database).GetAsync("report:la-fonda", CancellationToken.None));
    }

    [Theory]
    [InlineData("2026-12-01T11:59:00Z", "2026-10")]
    [InlineData("2026-12-01T12:00:00Z", "2026-11")]
    [InlineData("2026-01-01T12:00:00Z", "2025-12")]
    [InlineData("2026-12-01T04:00:00Z", "2026-10")] // still 30 November in Panama
    public void LatestDue_PanamaSevenOnTheFirst_PreviousMonthOnlyFromThen(string now, string due)
    {
        var config = new ReportConfig { MonthlyOnDay = 1, At = new TimeOnly(7, 0), Folder = folder };
        Assert.Equal(due, ReportSchedule.LatestDue(config, TimeZoneInfo.FindSystemTimeZoneById("America/Panama"), DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)).ToString());
    }
}
