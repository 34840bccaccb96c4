using System.Collections.Concurrent;
using Tendero.Config;

namespace Tendero.Connectors.Sheets;

/// <summary>
/// The open Google Sheets of the loaded businesses, one per business, each with its token cache and header cache.
/// A business whose <c>sheets:</c> has only a workbook gets the local stand-in from <c>localFactory</c>, when one is given.
/// </summary>
public sealed class SheetsConnections(
    Businesses businesses, TimeProvider time, HttpClient http, Func<SheetsConfig, string, ISheetTab>? localFactory = null)
{
    private readonly ConcurrentDictionary<string, GoogleSheet> sheets = new(StringComparer.Ordinal);

    /// <summary>The business's Google Sheet, or null when it writes to a local workbook instead.</summary>
    public GoogleSheet? Google(string businessId)
    {
        var config = Config(businessId);
        return config.CredentialsFile is { } credentials
            ? sheets.GetOrAdd(businessId, _ => SheetTabs.OpenSheet(config, credentials, http, time))
            : null;
    }

    /// <summary>A tab of a business without Google credentials (its local workbook).</summary>
    public ISheetTab Local(string businessId, string tab) => SheetTabs.Open(Config(businessId), tab, http, time, localFactory);

    public SheetsConfig Config(string businessId) =>
        businesses.Find(businessId)?.Sheets
        ?? throw new InvalidOperationException($"The business '{businessId}' has no sheets: section (or is no longer configured).");
}
