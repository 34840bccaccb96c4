using System.Collections.Frozen;
using System.Text;
using Tendero.Core;

namespace Tendero.Delivery.Pricing;

/// <summary>
/// A business's prices: per message on WhatsApp (by pricing category) and Telegram, per segment on SMS, per started minute on voice,
/// each by route: "*" for anywhere, or a calling-code prefix such as "+507", where the longest matching prefix wins.
/// A configured channel always has a "*" price, because an unknown price is a configuration error, never $0 (ARCHITECTURE §3).
/// </summary>
public sealed class PriceTable
{
    /// <summary>Meta's pricing categories (REFERENCE §1.5, §1.4); free-form replies in the window are "service".</summary>
    public static readonly IReadOnlyList<string> WhatsAppCategories = ["service", "utility", "marketing", "authentication"];

    public const string AnyRoute = "*";

    // Sheet names are "whatsapp.<category>", "telegram", "sms" and "voice"; each maps a route to a unit price in micros.
    private readonly FrozenDictionary<string, FrozenDictionary<string, long>> sheets;

    internal PriceTable(string currency, FrozenDictionary<string, FrozenDictionary<string, long>> sheets)
    {
        Currency = currency;
        this.sheets = sheets;
    }

    public string Currency { get; }

    /// <summary>Checks the prices section as a whole and returns the table, or every error found (none is thrown).</summary>
    public static PriceTableResult Build(
        string? currency,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? whatsappByCategory,
        IReadOnlyDictionary<string, string>? telegram,
        IReadOnlyDictionary<string, string>? sms,
        IReadOnlyDictionary<string, string>? voice,
        IReadOnlySet<ChannelKind> configuredChannels,
        IReadOnlySet<string> whatsappCategoriesUsed) =>
        PriceTableBuilder.Build(currency, whatsappByCategory, telegram, sms, voice, configuredChannels, whatsappCategoriesUsed);

    /// <summary>
    /// Prices <paramref name="units"/> to <paramref name="address"/> (E.164 with the plus; a Telegram chat id only matches "*").
    /// <paramref name="whatsappCategory"/> defaults to "service" on WhatsApp and is ignored elsewhere. Throws when no route has a price,
    /// which cannot happen for a channel that was configured when the table was built.
    /// </summary>
    public PriceQuote Quote(ChannelKind channel, string address, string? whatsappCategory, long units)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentOutOfRangeException.ThrowIfNegative(units);
        var category = channel == ChannelKind.WhatsApp ? (whatsappCategory?.Trim().ToLowerInvariant() ?? "service") : null;
        var sheet = SheetName(channel, category);
        if (channel != ChannelKind.Telegram && !address.StartsWith('+'))
        {
            // Without the plus no prefix could match and "*" would quietly price a foreign number.
            throw new ArgumentException($"'{address}' is not an E.164 number with its plus.", nameof(address));
        }

        var route = sheets.TryGetValue(sheet, out var routes) ? Match(routes, channel, address) : null;
        if (route is null)
        {
            throw new InvalidOperationException(
                $"No price for {sheet} to this address: add prices.{sheet}[\"*\"] to the business file (write 0 if it is free).");
        }

        var unit = routes![route];
        return new PriceQuote(route, category, units, unit, checked(unit * units), Currency);
    }

    /// <summary>The table for people, one line per channel, "*" first.</summary>
    public string Describe()
    {
        var text = new StringBuilder($"Prices in {Currency}:");
        foreach (var (sheet, routes) in sheets.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var prices = routes.OrderBy(r => r.Key == AnyRoute ? "" : r.Key, StringComparer.Ordinal)
                .Select(r => $"{r.Key} {Money.FormatAmount(r.Value)}");
            text.Append($"\n  {sheet} ({UnitName(sheet)}): {string.Join(", ", prices)}");
        }

        return text.ToString();
    }

    internal static string SheetName(ChannelKind channel, string? category) =>
        channel == ChannelKind.WhatsApp ? $"whatsapp.{category}" : channel.Name();

    private static string? Match(FrozenDictionary<string, long> routes, ChannelKind channel, string address)
    {
        string? best = null;
        if (channel != ChannelKind.Telegram)
        {
            foreach (var route in routes.Keys)
            {
                if (route != AnyRoute && address.StartsWith(route, StringComparison.Ordinal) && route.Length > (best?.Length ?? 0))
                {
                    best = route;
                }
            }
        }

        return best ?? (routes.ContainsKey(AnyRoute) ? AnyRoute : null);
    }

    private static string UnitName(string sheet) => sheet switch
    {
        "sms" => "per segment",
        "voice" => "per started minute",
        _ => "per message",
    };
}
