using System.Globalization;

namespace Tendero.Core;

/// <summary>
/// An amount in millionths of a currency unit. Integers, never floating point: a price of 0.0079 a message times a million
/// messages must come to exactly 7,900.
/// </summary>
public readonly record struct Money(long Micros, string Currency)
{
    public const long MicrosPerUnit = 1_000_000;

    public string Currency { get; } = IsCurrency(Currency)
        ? Currency
        : throw new ArgumentException($"'{Currency}' is not a currency: use a three-letter ISO 4217 code such as USD.", nameof(Currency));

    /// <summary>Three upper-case ASCII letters, like USD, PAB or MXN.</summary>
    public static bool IsCurrency(string? code) =>
        code is { Length: 3 } && code.All(char.IsAsciiLetterUpper);

    /// <summary>
    /// Reads an amount a person wrote ("0.0079", "12", "1.5") into micro-units, exactly. Negative amounts, more than six decimal
    /// places, exponents, thousands separators and decimal commas are refused with a sentence saying so.
    /// </summary>
    public static bool TryParseAmount(string? text, out long micros, out string error)
    {
        micros = 0;
        var trimmed = text?.Trim() ?? "";
        if (trimmed.StartsWith('-'))
        {
            error = $"'{trimmed}' is negative: an amount is zero or more.";
            return false;
        }

        if (trimmed.Contains(',') && !trimmed.Contains('.'))
        {
            error = $"'{trimmed}' uses a comma: write the decimal point as a dot, such as 0.0079.";
            return false;
        }

        // decimal, not double: "0.1" is exactly one tenth here, so the micro-units are exact.
        if (trimmed.Length == 0 || !decimal.TryParse(trimmed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            error = $"'{trimmed}' is not an amount: write a number such as 0.0079 or 12.";
            return false;
        }

        // Checked before scaling: a million times a large decimal would overflow decimal itself.
        if (amount > long.MaxValue / (decimal)MicrosPerUnit)
        {
            error = $"'{trimmed}' is too large.";
            return false;
        }

        var scaled = amount * MicrosPerUnit;
        if (scaled != decimal.Truncate(scaled))
        {
            error = $"'{trimmed}' has more than 6 decimal places: amounts are kept in millionths.";
            return false;
        }

        micros = (long)scaled;
        error = "";
        return true;
    }

    /// <summary>"USD 0.0079", "USD 1.50": trailing zeros go, but two decimals always stay.</summary>
    public string Format() => $"{Currency} {FormatAmount(Micros)}";

    /// <summary>The number alone, in the same form as <see cref="Format"/>.</summary>
    public static string FormatAmount(long micros)
    {
        // Through unsigned, so long.MinValue has a magnitude too.
        var magnitude = micros < 0 ? (ulong)-(micros + 1) + 1 : (ulong)micros;
        var fraction = (magnitude % MicrosPerUnit).ToString("D6", CultureInfo.InvariantCulture).TrimEnd('0');
        var whole = (magnitude / MicrosPerUnit).ToString(CultureInfo.InvariantCulture);
        return $"{(micros < 0 ? "-" : "")}{whole}.{fraction.PadRight(2, '0')}";
    }

    /// <summary>This amount <paramref name="units"/> times, for a per-segment or per-minute price; throws on overflow.</summary>
    public Money Times(long units) => new(checked(Micros * units), Currency);

    /// <summary>The sum; adding two currencies is a bug, not a conversion.</summary>
    public Money Plus(Money other)
    {
        if (other.Currency != Currency)
        {
            throw new InvalidOperationException($"Cannot add {other.Format()} to {Format()}: the currencies differ.");
        }

        return new Money(checked(Micros + other.Micros), Currency);
    }
}
