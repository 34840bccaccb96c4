using System.Globalization;

namespace Tendero.Reports;

/// <summary>How a report writes counts, durations, rates, money and changes against the previous month.</summary>
public static class ReportFormat
{
    public static string Count(long n, CultureInfo culture) => n.ToString("N0", culture);

    /// <summary>"45 s", "2 min 05 s", "1 h 10 min"; a dash when there is nothing to measure.</summary>
    public static string Duration(TimeSpan? span) => span switch
    {
        null => "—",
        { TotalSeconds: < 60 } s => $"{(int)Math.Round(s.TotalSeconds)} s",
        { TotalHours: < 1 } s => $"{(int)s.TotalMinutes} min {s.Seconds:D2} s",
        { } s => $"{(int)s.TotalHours} h {s.Minutes:D2} min",
    };

    public static string Rate(double? rate, CultureInfo culture) => rate is { } r ? (r * 100).ToString("0.0", culture) + " %" : "—";

    /// <summary>An amount in micro-units: two decimals, or four when it is under one cent and not zero.</summary>
    public static string Money(long micros, string currency, CultureInfo culture)
    {
        var amount = micros / (decimal)Core.Money.MicrosPerUnit;
        var format = micros != 0 && Math.Abs(micros) < 10_000 ? "N4" : "N2";
        return $"{currency} {amount.ToString(format, culture)}";
    }

    /// <summary>"▲ +12.5 %", "▼ −3.0 %", "= 0.0 %", or "—" when the previous month had nothing to compare with.</summary>
    public static string Change(double current, double previous, CultureInfo culture)
    {
        if (previous == 0)
        {
            return current == 0 ? "=" : "▲ " + (culture.Name.StartsWith("es", StringComparison.Ordinal) ? "nuevo" : "new");
        }
        var change = (current - previous) / previous * 100;
        var arrow = Math.Round(change, 1) switch { > 0 => "▲", < 0 => "▼", _ => "=" };
        return $"{arrow} {(change >= 0 ? "+" : "−")}{Math.Abs(change).ToString("0.0", culture)} %";
    }

    /// <summary>For rates, the change in percentage points: "▲ +1.5 pp".</summary>
    public static string PointChange(double current, double previous, CultureInfo culture)
    {
        var points = (current - previous) * 100;
        var arrow = Math.Round(points, 1) switch { > 0 => "▲", < 0 => "▼", _ => "=" };
        return $"{arrow} {(points >= 0 ? "+" : "−")}{Math.Abs(points).ToString("0.0", culture)} pp";
    }
}
