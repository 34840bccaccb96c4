using System.Globalization;

namespace Tendero.Cli;

/// <summary>
/// <c>Col=Value</c> arguments. Values that read as a number, an ISO date or an HH:mm time are sent as such so the
/// sheet's formats apply; digits with a leading 0 or a + (phone numbers) and everything else stay text.
/// </summary>
internal static class SheetsArgs
{
    public static Dictionary<string, object?> Pairs(string[]? pairs)
    {
        var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in pairs ?? [])
        {
            var (column, value) = Pair(pair, "--set");
            values[column] = Typed(value);
        }
        return values.Count > 0 ? values : throw new ArgumentException("Give at least one --set Col=Value.");
    }

    public static (string Column, string Value) Pair(string? pair, string option)
    {
        var equals = pair?.IndexOf('=') ?? -1;
        if (pair is null || equals <= 0)
        {
            throw new ArgumentException($"{option} takes Col=Value, such as {option} Estado=confirmada.");
        }
        return (pair[..equals].Trim(), pair[(equals + 1)..]);
    }

    public static object? Typed(string text)
    {
        var invariant = CultureInfo.InvariantCulture;
        if (text.Length == 0)
        {
            return null;
        }
        var phoneLike = text.StartsWith('+') || (text.Length > 1 && text[0] == '0' && char.IsAsciiDigit(text[1]));
        if (!phoneLike && long.TryParse(text, NumberStyles.AllowLeadingSign, invariant, out var whole) && text.Length <= 15)
        {
            return whole;
        }
        if (!phoneLike && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, invariant, out var number))
        {
            return number;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", invariant, DateTimeStyles.None, out var date))
        {
            return date;
        }
        return TimeOnly.TryParseExact(text, ["HH:mm", "HH:mm:ss"], invariant, DateTimeStyles.None, out var time) ? time : text;
    }
}
