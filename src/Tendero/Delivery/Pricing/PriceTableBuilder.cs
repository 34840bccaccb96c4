using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Tendero.Core;

namespace Tendero.Delivery.Pricing;

/// <summary>Reads the prices section into a <see cref="PriceTable"/>, collecting every error so one start-up shows them all.</summary>
internal static partial class PriceTableBuilder
{
    public static PriceTableResult Build(
        string? currency,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? whatsappByCategory,
        IReadOnlyDictionary<string, string>? telegram,
        IReadOnlyDictionary<string, string>? sms,
        IReadOnlyDictionary<string, string>? voice,
        IReadOnlySet<ChannelKind> configuredChannels,
        IReadOnlySet<string> whatsappCategoriesUsed)
    {
        var errors = new List<string>();
        var code = currency?.Trim() ?? "";
        if (code.Length == 0)
        {
            errors.Add("prices.currency is missing: write the three-letter code the prices are in, such as USD.");
        }
        else if (!Money.IsCurrency(code))
        {
            errors.Add($"prices.currency: '{currency}' is not a three-letter ISO 4217 code in capitals, such as USD.");
        }

        var sheets = new Dictionary<string, FrozenDictionary<string, long>>();
        foreach (var (category, routes) in whatsappByCategory ?? new Dictionary<string, IReadOnlyDictionary<string, string>>())
        {
            var name = category.Trim().ToLowerInvariant();
            if (!PriceTable.WhatsAppCategories.Contains(name))
            {
                errors.Add($"prices.whatsapp.{category}: unknown category; use {string.Join(", ", PriceTable.WhatsAppCategories)}.");
            }
            else if (!sheets.TryAdd($"whatsapp.{name}", Routes($"whatsapp.{name}", routes, errors, phone: true)))
            {
                errors.Add($"prices.whatsapp.{category}: the {name} category is written twice.");
            }
        }

        AddSheet(sheets, "telegram", telegram, errors, phone: false);
        AddSheet(sheets, "sms", sms, errors, phone: true);
        AddSheet(sheets, "voice", voice, errors, phone: true);
        RequireAnyRoutes(sheets, configuredChannels, whatsappCategoriesUsed, errors);

        return errors.Count == 0
            ? new PriceTableResult(new PriceTable(code, sheets.ToFrozenDictionary(StringComparer.Ordinal)), [])
            : new PriceTableResult(null, errors);
    }

    private static void AddSheet(
        Dictionary<string, FrozenDictionary<string, long>> sheets, string sheet, IReadOnlyDictionary<string, string>? routes, List<string> errors, bool phone)
    {
        if (routes is not null)
        {
            sheets[sheet] = Routes(sheet, routes, errors, phone);
        }
    }

    private static FrozenDictionary<string, long> Routes(string sheet, IReadOnlyDictionary<string, string>? routes, List<string> errors, bool phone)
    {
        var prices = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (route, amount) in routes ?? new Dictionary<string, string>())
        {
            var field = $"prices.{sheet}[\"{route}\"]";
            if (route != PriceTable.AnyRoute && !phone)
            {
                errors.Add($"{field}: Telegram chats have no country code, so \"*\" is the only route.");
            }
            else if (route != PriceTable.AnyRoute && !CallingCodePrefix().IsMatch(route))
            {
                errors.Add($"{field}: a route is \"*\" or a calling-code prefix with its plus, such as \"+507\".");
            }
            else if (!Money.TryParseAmount(amount, out var micros, out var error))
            {
                errors.Add($"{field}: {error}");
            }
            else
            {
                prices[route] = micros;
            }
        }

        return prices.ToFrozenDictionary(StringComparer.Ordinal);
    }

    // A configured channel needs a "*" price, or some destination would have none and would be counted as free.
    private static void RequireAnyRoutes(
        Dictionary<string, FrozenDictionary<string, long>> sheets, IReadOnlySet<ChannelKind> channels, IReadOnlySet<string> categoriesUsed, List<string> errors)
    {
        foreach (var channel in ChannelNames.All.Where(channels.Contains))
        {
            if (channel != ChannelKind.WhatsApp)
            {
                RequireAny(sheets, channel.Name(), $"{channel.Name()} is configured", errors);
                continue;
            }

            RequireAny(sheets, "whatsapp.service", "WhatsApp is configured", errors);
            foreach (var used in categoriesUsed.Select(c => c.Trim().ToLowerInvariant()).Where(c => c != "service").Distinct().Order(StringComparer.Ordinal))
            {
                if (PriceTable.WhatsAppCategories.Contains(used))
                {
                    RequireAny(sheets, $"whatsapp.{used}", $"a template uses the {used} category", errors);
                }
                else
                {
                    errors.Add($"A template uses WhatsApp category '{used}': use {string.Join(", ", PriceTable.WhatsAppCategories)}.");
                }
            }
        }
    }

    private static void RequireAny(Dictionary<string, FrozenDictionary<string, long>> sheets, string sheet, string why, List<string> errors)
    {
        if (!sheets.TryGetValue(sheet, out var routes) || !routes.ContainsKey(PriceTable.AnyRoute))
        {
            errors.Add($"prices.{sheet}[\"*\"] is missing: {why}, and a message with no known price is a configuration error, "
                + "not free. Write 0 if it really costs nothing.");
        }
    }

    // E.164 country codes start with 1-9; longer prefixes (an area code, a mobile range) are allowed up to a whole number.
    [GeneratedRegex(@"^\+[1-9][0-9]{0,14}$")]
    private static partial Regex CallingCodePrefix();
}
