namespace Tendero.Config;

// The sheets: section as written.
internal sealed class SheetsFile
{
    public string? SpreadsheetId { get; set; }
    public string? CredentialsFile { get; set; }
    public string? BaseUrl { get; set; }
    public string? Workbook { get; set; }
    public Dictionary<string, SheetsTabFile?>? Tabs { get; set; }
}

internal sealed class SheetsTabFile
{
    public string? Name { get; set; }
    public string? Key { get; set; }
    public List<string>? FormulaColumns { get; set; }
    public Dictionary<string, string>? Columns { get; set; }
}
