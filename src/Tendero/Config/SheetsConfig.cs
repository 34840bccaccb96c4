namespace Tendero.Config;

/// <summary>
/// The <c>sheets:</c> section: the business's Google Sheet (or a local workbook standing in for it) and the tabs
/// Tendero writes to. Paths are absolute (resolved against the business file).
/// </summary>
public sealed record SheetsConfig
{
    /// <summary>The id in the Sheet's URL (<c>docs.google.com/spreadsheets/d/{id}/edit</c>); empty with only a workbook.</summary>
    public string SpreadsheetId { get; init; } = "";

    /// <summary>The service-account JSON file; null when only a local workbook is configured.</summary>
    public string? CredentialsFile { get; init; }

    /// <summary>The Sheets API host: Google's, or the simulator's.</summary>
    public Uri BaseUrl { get; init; } = new("https://sheets.googleapis.com");

    /// <summary>In simulate mode: the token endpoint that replaces the file's <c>token_uri</c>.</summary>
    public Uri? TokenUri { get; init; }

    /// <summary>A local .xlsx standing in for the Sheet when there are no credentials.</summary>
    public string? Workbook { get; init; }

    /// <summary>Tabs by the name Tendero uses for them (<c>reservas</c>).</summary>
    public IReadOnlyDictionary<string, SheetsTab> Tabs { get; init; } = new Dictionary<string, SheetsTab>();

    /// <summary>The tab configured as <paramref name="name"/>, matched by its config key or its sheet name.</summary>
    public SheetsTab? Tab(string name) =>
        Tabs.TryGetValue(name, out var tab) ? tab : Tabs.Values.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// One tab: its name in the sheet, the column that identifies a row (for updates), the columns whose text may be a
/// formula, and, for the reservation tab, which column each reservation field goes to.
/// </summary>
public sealed record SheetsTab(string Name, string? Key)
{
    public IReadOnlySet<string> FormulaColumns { get; init; } = new HashSet<string>();

    /// <summary>Reservation field (date, time, name, party_size, phone, channel, notes, status) → header name.</summary>
    public IReadOnlyDictionary<string, string> Columns { get; init; } = SheetsTabDefaults.Columns;
}

/// <summary>The reservation tab's column names when the config does not give them.</summary>
public static class SheetsTabDefaults
{
    public static readonly IReadOnlyDictionary<string, string> Columns = new Dictionary<string, string>
    {
        ["date"] = "Fecha",
        ["time"] = "Hora",
        ["name"] = "Nombre",
        ["party_size"] = "Personas",
        ["phone"] = "Teléfono",
        ["channel"] = "Canal",
        ["notes"] = "Notas",
        ["status"] = "Estado",
    };
}
