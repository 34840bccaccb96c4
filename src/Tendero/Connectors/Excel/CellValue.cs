using System.Globalization;

namespace Tendero.Connectors.Excel;

/// <summary>What one cell holds once read: its kind, the text as the owner typed or saw it, and the normalised text.</summary>
#pragma warning disable CA1720 // the names are what inspect prints ("integer", "boolean"), as owners understand them
public enum CellKind { Empty, Text, Integer, Number, Date, Boolean }
#pragma warning restore CA1720

/// <summary>
/// One cell. <see cref="Normal"/> is the normalised form: ISO dates (yyyy-MM-dd), numbers with a dot and no grouping,
/// percentages as fractions (15% is 0.15), booleans as true/false. <see cref="Raw"/> is what to quote back to a person.
/// </summary>
public sealed record CellValue(CellKind Kind, string Raw, string Normal)
{
    public static readonly CellValue Empty = new(CellKind.Empty, "", "");

    public bool IsEmpty => Kind == CellKind.Empty;

    /// <summary>The value as a column of <paramref name="type"/> holds it, or why it does not fit (for example "is not a date").</summary>
    public (string? Value, string? Problem) As(ColumnType type) => (type, Kind) switch
    {
        (_, CellKind.Empty) => (null, null),
        (ColumnType.Date, not CellKind.Date) => (null, "is not a date"),
        (ColumnType.Number, not (CellKind.Number or CellKind.Integer)) => (null, "is not a number"),
        (ColumnType.Integer, not CellKind.Integer) => (null, Kind == CellKind.Number ? "is not a whole number" : "is not a number"),
        (ColumnType.Boolean, not CellKind.Boolean) => (null, "is not yes/no"),
        _ => (Normal, null),
    };

    /// <summary>A number's normalised text: invariant, no grouping, no trailing zeros.</summary>
    public static string NumberText(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static CellValue FromNumber(decimal value, string raw) =>
        new(decimal.Truncate(value) == value ? CellKind.Integer : CellKind.Number, raw, NumberText(value));

    public static CellValue FromDate(DateTime value, string raw) =>
        new(CellKind.Date, raw, value.ToString(value.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
}
