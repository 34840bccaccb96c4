using System.Globalization;
using Tendero.Core;

namespace Tendero.Cli.Eval;

/// <summary>How the report writes its figures, shared by the tables and the JSON.</summary>
internal static class NluEvalText
{
    /// <summary>"0.001234 USD"; two currencies are listed, never added.</summary>
    public static string Cost(IReadOnlyList<Money> costs) =>
        string.Join(" + ", costs.Select(c => $"{Money.FormatAmount(c.Micros)} {c.Currency}"));

    public static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Ratio(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    public static string Ms(double ms) => ms.ToString("0.0", CultureInfo.InvariantCulture) + " ms";

    /// <summary>"1 bad line", "3 bad lines".</summary>
    public static string BadLines(int n) => n == 1 ? "1 bad line" : $"{Count(n)} bad lines";

    public static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
