using Tendero.Config;
using Tendero.Storage;

namespace Tendero.Reports;

/// <summary>Writes a business's monthly report: the month's figures and the previous month's, as a PDF in the business's language.</summary>
public sealed class MonthlyReport(IDatabase database, TimeProvider time)
{
    private readonly ReportQueries queries = new(database);

    public async Task<MonthFigures> WriteAsync(BusinessConfig business, ReportMonth month, Stream output, CancellationToken ct)
    {
        var currency = business.Prices?.Currency ?? "USD";
        var now = await queries.LoadAsync(business.Id, business.TimeZone, month, currency, ct);
        var before = await queries.LoadAsync(business.Id, business.TimeZone, month.Previous, currency, ct);
        ReportPdf.Write(output, business.Name, business.TimeZone, ReportTexts.For(business.Language), now, before, time.GetUtcNow());
        return now;
    }

    /// <summary>Writes the PDF to <paramref name="path"/> through a temporary file, so a reader never sees half a report.</summary>
    public async Task<MonthFigures> WriteFileAsync(BusinessConfig business, ReportMonth month, string path, CancellationToken ct)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".part";
        MonthFigures figures;
        await using (var file = File.Create(temporary))
        {
            figures = await WriteAsync(business, month, file, ct);
        }
        File.Move(temporary, full, overwrite: true);
        return figures;
    }
}
