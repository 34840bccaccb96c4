using System.CommandLine;
using Tendero.Cli;
using Tendero.IntegrationTests.Support;

namespace Tendero.IntegrationTests.Reports;

/// <summary><c>tendero report</c> in-process: a PDF for a good month, and a sentence for a bad month or an unknown business.</summary>
public sealed class ReportCommandTests : IAsyncLifetime, IDisposable
{
    private readonly TestDatabase db = TestDatabase.Sqlite();
    private readonly StringWriter output = new();
    private readonly StringWriter errors = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await db.DisposeAsync();

    public void Dispose()
    {
        output.Dispose();
        errors.Dispose();
    }

    private Task<int> RunAsync(params string[] args) =>
        new RootCommand { ReportCommand.Create(output, errors) }.Parse(["report", .. args, "--db", db.Connection, "--businesses", TestBusinesses.Path]).InvokeAsync();

    [Fact]
    public async Task Report_SeededMonth_WritesPdfInSpanish()
    {
        await using (var database = await db.OpenAsync())
        {
            await ReportSeed.SeedAsync(database);
        }
        var file = Path.Combine(Path.GetDirectoryName(db.Connection)!, "out", "noviembre.pdf");
        Assert.Equal(0, await RunAsync("--business", "la-fonda", "--month", "2026-11", "--out", file));
        Assert.Contains("9 messages, 3 customers", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Mensajes 9 4 ▲ +125.0 %", MonthlyReportSuite.Text(await File.ReadAllBytesAsync(file)), StringComparison.Ordinal);
        Assert.False(File.Exists(file + ".part"));
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("noviembre")]
    [InlineData("2026-11-01")]
    public async Task Report_BadMonth_Exit2WithExample(string month)
    {
        Assert.Equal(2, await RunAsync("--business", "la-fonda", "--month", month));
        Assert.Contains($"'{month}' is not a month: write it as YYYY-MM, for example 2026-11.", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_UnknownBusiness_Exit2NamingTheKnownOnes()
    {
        Assert.Equal(2, await RunAsync("--business", "el-otro", "--month", "2026-11"));
        Assert.Contains("there is no business 'el-otro'", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("la-fonda", errors.ToString(), StringComparison.Ordinal);
    }
}
