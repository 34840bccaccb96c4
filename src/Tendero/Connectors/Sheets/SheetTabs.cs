using Tendero.Config;

namespace Tendero.Connectors.Sheets;

/// <summary>
/// Opens a business's tab: the Google Sheet when there is a credentials file, else the local workbook standing in for
/// it (through <c>localFactory</c>, which the workbook connector supplies), else a clear error.
/// </summary>
public static class SheetTabs
{
    public static ISheetTab Open(
        SheetsConfig config, string tab, HttpClient http, TimeProvider time, Func<SheetsConfig, string, ISheetTab>? localFactory = null)
    {
        var name = config.Tab(tab)?.Name ?? tab;
        if (config.CredentialsFile is { } credentials)
        {
            return new GoogleSheetTab(OpenSheet(config, credentials, http, time), name);
        }
        if (config.Workbook is not null && localFactory is not null)
        {
            return localFactory(config, name);
        }
        throw new InvalidOperationException(config.Workbook is null
            ? "sheets: there is no credentials_file and no workbook, so there is no sheet to open."
            : $"sheets: there is no credentials_file, and the local workbook stand-in ({config.Workbook}) is not available in this build.");
    }

    /// <summary>The Google Sheet of a config that has a credentials file.</summary>
    public static GoogleSheet OpenSheet(SheetsConfig config, string credentials, HttpClient http, TimeProvider time, HttpMessageHandler? tokenHandler = null) =>
        new(new SheetsClient(http, config.BaseUrl, config.SpreadsheetId, GoogleToken.FromFile(credentials, config.TokenUri, time, tokenHandler)), config);
}
