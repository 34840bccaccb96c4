using Tendero.Config;
using Tendero.Storage;

namespace Tendero.Reports;

/// <summary>Writes a business's monthly report: the month's figures and the previous month's, as a PDF in the business's language.</summary>
public sealed class MonthlyReport(IDatabase database, TimeProvider time)
{
    private readonly ReportQueries queries = new(database);

    /// <summary>The month's figures and the previous month's, to compare with.</summary>
    public async Task<(MonthFigures Now, MonthFigures Before)> FiguresAsync(BusinessConfig business, ReportMonth month, CancellationToken ct)
    {
        var currency = business.Prices?.Currency ?? "USD";
        var now = await queries.LoadAsync(business.Id, business.TimeZone, month, currency, ct);
        var before = await queries.LoadAsync(business.Id, business.TimeZone, month.Previous, currency, ct);
        // Compute is a monthly figure (prices.compute_per_month), not a ledger entry: each month carries it whole.
        return (now with { ComputeMicros = now.ComputeMicros + business.ComputePerMonthMicros },
                before with { ComputeMicros = before.ComputeMicros + business.ComputePerMonthMicros });
    }

    public void Render(BusinessConfig business, MonthFigures now, MonthFigures before, Stream output) =>
        ReportPdf.Write(output, business.Name, business.TimeZone, ReportTexts.For(business.Language), now, before, time.GetUtcNow());

    public async Task<MonthFigures> WriteAsync(BusinessConfig business, ReportMonth month, Stream output, CancellationToken ct)
    {
        var (now, before) = await FiguresAsync(business, month, ct);
        Render(business, now, before, output);
        return now;
    }

    public async Task<MonthFigures> WriteFileAsync(BusinessConfig business, ReportMonth month, string path, CancellationToken ct)
    {
        var (now, before) = await FiguresAsync(business, month, ct);
        await SaveAsync(business, now, before, path, ct);
        return now;
    }

    /// <summary>Writes the PDF to <paramref name="path"/> through a temporary file, so a reader never sees half a report.</summary>
    public async Task SaveAsync(BusinessConfig business, MonthFigures now, MonthFigures before, string path, CancellationToken ct)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".part";
        try
        {
            await using (var file = File.Create(temporary))
            {
                Render(business, now, before, file);
                await file.FlushAsync(ct);
            }
            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
