using System.Globalization;
using System.Text.RegularExpressions;

namespace Tendero.Core;

/// <summary>Durations as people write them in a business file: 90s, 30m, 2h, 1d, or 1h30m.</summary>
public static partial class Durations
{
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var match = text is null ? null : Pattern().Match(text.Trim().ToLowerInvariant());
        if (match is null || !match.Success || match.Length == 0)
        {
            return false;
        }
        foreach (Capture part in match.Groups["part"].Captures)
        {
            var value = long.Parse(part.Value[..^1], CultureInfo.InvariantCulture);
            duration += part.Value[^1] switch
            {
                'd' => TimeSpan.FromDays(value),
                'h' => TimeSpan.FromHours(value),
                'm' => TimeSpan.FromMinutes(value),
                _ => TimeSpan.FromSeconds(value),
            };
        }
        return duration > TimeSpan.Zero;
    }

    public static string Format(TimeSpan duration) =>
        duration.TotalDays >= 1 && duration.TotalDays % 1 == 0 ? $"{duration.TotalDays:0}d"
        : duration.TotalHours >= 1 && duration.TotalHours % 1 == 0 ? $"{duration.TotalHours:0}h"
        : duration.TotalMinutes >= 1 && duration.TotalMinutes % 1 == 0 ? $"{duration.TotalMinutes:0}m"
        : $"{duration.TotalSeconds:0}s";

    [GeneratedRegex(@"^(?<part>\d{1,6}[dhms])+$")]
    private static partial Regex Pattern();
}
