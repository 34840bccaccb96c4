using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using Tendero.Config;
using Tendero.IntegrationTests.Support;
using Tendero.Reports;
using UglyToad.PdfPig;

namespace Tendero.IntegrationTests.Reports;

/// <summary>The monthly report of a seeded month (see <see cref="ReportSeed"/>), read back from the PDF with PdfPig.</summary>
public abstract class MonthlyReportSuite(string kind) : IAsyncLifetime
{
    private TestDatabase db = null!;

    public async Task InitializeAsync() => db = await TestDatabase.CreateAsync(kind);

    public async Task DisposeAsync() => await db.DisposeAsync();

    internal static BusinessConfig LaFonda(string language) => new(
        ReportSeed.Business, "La Fonda", TimeZoneInfo.FindSystemTimeZoneById("America/Panama"), language,
        new Dictionary<string, string>(), null, null, null, "la-fonda.yaml") { ComputePerMonthMicros = 15_000_000 };

    private async Task<(byte[] Pdf, MonthFigures Figures)> ReportAsync(string language)
    {
        await using var database = await db.OpenAsync();
        await ReportSeed.SeedAsync(database);
        using var pdf = new MemoryStream();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
        var figures = await new MonthlyReport(database, clock).WriteAsync(LaFonda(language), ReportMonth.Parse("2026-11"), pdf, CancellationToken.None);
        return (pdf.ToArray(), figures);
    }

    internal static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    [SkippableFact]
    public async Task Write_SeededNovember_FiguresInTheBusinessTimeZone()
    {
        var (_, f) = await ReportAsync("es");
        Assert.Equal((4, 5, 3), (f.MessagesIn, f.MessagesOut, f.Customers));
        Assert.Equal(TimeSpan.FromSeconds(20), f.MedianResponse);
        Assert.Equal(TimeSpan.FromSeconds(40), f.P95Response);
        Assert.Equal((4, 1), (f.Delivered, f.Failed));
        Assert.Equal((1_250_000, 750_000, 3_000_000 + 15_000_000), (f.MessageMicros, f.ModelMicros, f.ComputeMicros)); // compute_per_month 15.00 on top of the ledger's 3.00
        Assert.Equal(2, f.Days.Single(d => d.Day == new DateOnly(2026, 11, 3)).In);
        Assert.Equal(1, f.Days.Single(d => d.Day == new DateOnly(2026, 11, 30)).In); // 03:00 UTC on 1 December
        Assert.Equal([new NamedCount("reservation.create", 3), new NamedCount("info.hours", 1)], f.Intents);
        Assert.Contains(new ChainEnding("acked", 2, "telegram", 1), f.Chains);
        Assert.Contains(new ChainEnding("unanswered", 3, "sms", 1), f.Chains);
        Assert.Equal([new TierFigures("fast", 2, 200, 100, 250_000), new TierFigures("smart", 1, 800, 200, 500_000)], f.Tiers);
    }

    [SkippableFact]
    public async Task Write_Spanish_PdfHasHeadlineNumbersAgainstOctober()
    {
        var (pdf, _) = await ReportAsync("es");
        var text = Text(pdf);
        Assert.Contains("Informe mensual · La Fonda", text, StringComparison.Ordinal);
        Assert.Contains("Noviembre de 2026", text, StringComparison.Ordinal);
        Assert.Contains("Mensajes 9 4 ▲ +125.0 %", text, StringComparison.Ordinal);
        Assert.Contains("Clientes 3 2 ▲ +50.0 %", text, StringComparison.Ordinal);
        Assert.Contains("Tiempo de respuesta (mediana) 20 s 30 s ▼ −33.3 %", text, StringComparison.Ordinal);
        Assert.Contains("Tasa de entrega 80.0 % 100.0 % ▼ −20.0 pp", text, StringComparison.Ordinal);
        Assert.Contains("Costo USD 20.00 USD 17.50 ▲ +14.3 %", text, StringComparison.Ordinal);
        Assert.Contains("Modelos USD 0.75", text, StringComparison.Ordinal);
        Assert.Contains("Cómputo USD 18.00", text, StringComparison.Ordinal);
        Assert.Contains("Hacer una reserva 3", text, StringComparison.Ordinal);
        Assert.Contains("Horario 1", text, StringComparison.Ordinal);
        Assert.Contains("Confirmada 2 telegram 1", text, StringComparison.Ordinal);
        Assert.Contains("Sin respuesta 3 sms 1", text, StringComparison.Ordinal);
        Assert.Contains("fast 2 200 / 100 USD 0.25", text, StringComparison.Ordinal);
        Assert.Contains("Reservas del mes 4", text, StringComparison.Ordinal);
        Assert.Contains("No se presentaron 1", text, StringComparison.Ordinal);
        Assert.Contains("Atendidas 2", text, StringComparison.Ordinal);
        Assert.Contains("Comensales 9", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hola", text, StringComparison.Ordinal); // message text never reaches the report
    }

    [SkippableFact]
    public async Task Write_English_PdfHasTheSameNumbersInEnglish()
    {
        var (pdf, _) = await ReportAsync("en");
        var text = Text(pdf);
        Assert.Contains("Monthly report · La Fonda", text, StringComparison.Ordinal);
        Assert.Contains("November 2026", text, StringComparison.Ordinal);
        Assert.Contains("Messages 9 4 ▲ +125.0 %", text, StringComparison.Ordinal);
        Assert.Contains("Response time (median) 20 s 30 s ▼ −33.3 %", text, StringComparison.Ordinal);
        Assert.Contains("Delivery rate 80.0 % 100.0 % ▼ −20.0 pp", text, StringComparison.Ordinal);
        Assert.Contains("Cost USD 20.00 USD 17.50 ▲ +14.3 %", text, StringComparison.Ordinal);
        Assert.Contains("Make a booking 3", text, StringComparison.Ordinal);
        Assert.Contains("Acknowledged 2 telegram 1", text, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 2", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Write_Pdf_RendersToOneToThreePngPages()
    {
        var (pdf, _) = await ReportAsync("es");
        var pages = PdfRender.ToPng(pdf);
        Assert.InRange(pages.Count, 1, 3);
        Assert.All(pages, png => Assert.True(png.Length > 10_000, "a rendered page with charts is more than a blank page"));
    }
}

public sealed class SqliteMonthlyReportTests() : MonthlyReportSuite("sqlite");

public sealed class PostgresMonthlyReportTests() : MonthlyReportSuite("postgres");

/// <summary>Renders a PDF with poppler's pdftoppm, as a person's viewer would; skipped loudly where poppler-utils is missing (CI installs it).</summary>
internal static class PdfRender
{
    public static IReadOnlyList<byte[]> ToPng(byte[] pdf)
    {
        var tool = new[] { "/usr/bin/pdftoppm", "/usr/local/bin/pdftoppm" }.FirstOrDefault(File.Exists);
        if (tool is null)
        {
            Skip.If(Environment.GetEnvironmentVariable("CI") != "true", "*** pdftoppm is missing: install poppler-utils to render the report. SKIPPED. ***");
            throw new InvalidOperationException("pdftoppm is missing on CI: .ci/run must install poppler-utils.");
        }
        var folder = Path.Combine(Path.GetTempPath(), "tendero-report-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var input = Path.Combine(folder, "report.pdf");
            File.WriteAllBytes(input, pdf);
            using var process = Process.Start(new ProcessStartInfo(tool, ["-r", "50", "-png", input, Path.Combine(folder, "page")])
            {
                RedirectStandardError = true,
            })!;
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, "pdftoppm failed: " + errors);
            return Directory.GetFiles(folder, "page*.png").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
