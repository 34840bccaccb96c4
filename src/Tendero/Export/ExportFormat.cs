namespace Tendero.Export;

/// <summary>The open formats an export is written in.</summary>
public enum ExportFormat
{
    /// <summary>One UTF-8 (with BOM) CSV per table; text cells guarded against formulas, numbers left as numbers.</summary>
    Csv,

    /// <summary>One JSON Lines file per table: an object per row, snake_case names, times ISO 8601 with offset.</summary>
    Json,

    /// <summary>One workbook with a sheet per table, written with the OpenXml SDK.</summary>
    Xlsx,
}

public static class ExportFormats
{
    public static bool TryParse(string text, out ExportFormat format)
    {
        (var ok, format) = text.Trim().ToLowerInvariant() switch
        {
            "csv" => (true, ExportFormat.Csv),
            "json" or "jsonl" => (true, ExportFormat.Json),
            "xlsx" or "excel" => (true, ExportFormat.Xlsx),
            _ => (false, ExportFormat.Csv),
        };
        return ok;
    }

    public static string Name(this ExportFormat format) => format switch
    {
        ExportFormat.Csv => "csv",
        ExportFormat.Json => "json",
        _ => "xlsx",
    };
}
