using Tendero.Connectors.Sheets;

namespace Tendero.Config;

/// <summary>
/// Checks the <c>sheets:</c> section. Paths are relative to the business file. The credentials file must hold a usable
/// service-account key; with only a <c>workbook:</c>, the local workbook stands in for the Sheet. In simulate mode the
/// Sheets API and the token endpoint are the simulator's, and the bundled throwaway demo key signs the tokens.
/// </summary>
internal static class SheetsMapper
{
    /// <summary>The demo's service account, beside the business files: a throwaway key only the simulator trusts.</summary>
    public const string DemoKeyFile = "demo/sheets-demo-service-account.json";

    private static readonly Uri GoogleSheets = new("https://sheets.googleapis.com");

    public static SheetsConfig? Sheets(SheetsFile? file, string businessPath, FieldChecker check, Uri? simulator)
    {
        if (file is null)
        {
            return null;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(businessPath)) ?? ".";
        var workbook = file.Workbook is { Length: > 0 } w ? Path.GetFullPath(Path.Combine(folder, w)) : null;
        var credentials = Credentials(file, folder, workbook, check, simulator);
        var spreadsheetId = file.SpreadsheetId?.Trim() ?? "";
        if (credentials is not null && spreadsheetId.Length == 0)
        {
            check.Fail("sheets.spreadsheet_id", "is required with credentials_file: it is the id in the Sheet's URL, docs.google.com/spreadsheets/d/<id>/edit");
        }
        else if (spreadsheetId.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            check.Fail("sheets.spreadsheet_id", $"'{spreadsheetId}' is not a spreadsheet id (letters, digits, - and _ from the Sheet's URL)");
        }
        return new SheetsConfig
        {
            SpreadsheetId = spreadsheetId,
            CredentialsFile = credentials,
            BaseUrl = check.Url("sheets.base_url", file.BaseUrl, GoogleSheets, simulator),
            TokenUri = simulator is null ? null : new Uri(simulator, "token"),
            Workbook = workbook,
            Tabs = Tabs(file.Tabs, check),
        };
    }

    private static string? Credentials(SheetsFile file, string folder, string? workbook, FieldChecker check, Uri? simulator)
    {
        const string field = "sheets.credentials_file";
        if (simulator is not null && file.CredentialsFile is not null)
        {
            var demo = Path.GetFullPath(Path.Combine(folder, DemoKeyFile));
            if (!File.Exists(demo))
            {
                check.Fail(field, $"simulate mode signs Sheets tokens with the bundled demo key, which is missing at {demo}");
                return null;
            }
            return demo;
        }
        if (file.CredentialsFile is not { Length: > 0 } relative)
        {
            if (workbook is null)
            {
                check.Fail(field, "is required unless a local workbook stands in for the Sheet: give credentials_file or workbook");
            }
            return null;
        }
        var path = Path.GetFullPath(Path.Combine(folder, relative));
        if (!File.Exists(path))
        {
            check.Fail(field, $"{path} does not exist: download the service account's JSON key and put it there (never in the YAML)");
            return null;
        }
        if (!ServiceAccountKey.TryRead(path, out _, out var error))
        {
            check.Fail(field, error);
            return null;
        }
        return path;
    }

    private static Dictionary<string, SheetsTab> Tabs(Dictionary<string, SheetsTabFile?>? tabs, FieldChecker check)
    {
        var result = new Dictionary<string, SheetsTab>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, tab) in tabs ?? [])
        {
            var field = $"sheets.tabs.{id}";
            var name = check.Required($"{field}.name", tab?.Name);
            if (name.Length > 100 || name.Any(c => c is '\'' || char.IsControl(c)))
            {
                check.Fail($"{field}.name", $"'{name}' is not a tab name Tendero can address (no quotes or control characters, at most 100 characters)");
            }
            var columns = new Dictionary<string, string>(SheetsTabDefaults.Columns);
            foreach (var (key, header) in tab?.Columns ?? [])
            {
                if (!SheetsTabDefaults.Columns.ContainsKey(key))
                {
                    check.Fail($"{field}.columns", $"'{key}' is not a reservation field: use {string.Join(", ", SheetsTabDefaults.Columns.Keys)}");
                }
                else if (string.IsNullOrWhiteSpace(header))
                {
                    check.Fail($"{field}.columns.{key}", "needs a header name");
                }
                else
                {
                    columns[key] = header.Trim();
                }
            }
            result[id] = new SheetsTab(name, string.IsNullOrWhiteSpace(tab?.Key) ? null : tab.Key.Trim())
            {
                FormulaColumns = new HashSet<string>((tab?.FormulaColumns ?? []).Select(c => c.Trim()), StringComparer.OrdinalIgnoreCase),
                Columns = columns,
            };
        }
        return result;
    }
}
