using System.Globalization;
using System.Text;

namespace Tendero.Dashboard;

/// <summary>Stacked bar charts as inline SVG: no script and no download, and they scale with the page.</summary>
internal static class SvgChart
{
    public sealed record Series(string Name, string Color);

    /// <summary>One bar per label, each split into the series' values (same order as <paramref name="series"/>); an optional dashed
    /// line per bar (a budget). Values are plain numbers; <paramref name="format"/> writes the axis maximum.</summary>
    public static string StackedBars(IReadOnlyList<Series> series, IReadOnlyList<(string Label, double[] Values, double? Line)> bars, Func<double, string> format)
    {
        const double width = 600, height = 180, left = 8, bottom = 20, top = 16;
        var max = bars.Select(b => Math.Max(b.Values.Sum(), b.Line ?? 0)).DefaultIfEmpty(0).Max();
        max = max <= 0 ? 1 : max;
        var slot = (width - left) / Math.Max(1, bars.Count);
        var barWidth = Math.Max(2, slot * 0.7);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg viewBox="0 0 {width} {height}" role="img">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="0" y="10">{Html.E(format(max))}</text><line x1="{left}" y1="{top}" x2="{width}" y2="{top}" stroke="#eef0f3"/>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{left}" y1="{height - bottom}" x2="{width}" y2="{height - bottom}" stroke="#ccd"/>""");
        var scale = (height - bottom - top) / max;
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, values, line) = bars[i];
            var x = left + i * slot + (slot - barWidth) / 2;
            var y = height - bottom;
            for (var s = 0; s < series.Count && s < values.Length; s++)
            {
                var h = values[s] * scale;
                if (h <= 0)
                {
                    continue;
                }
                y -= h;
                svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{x:0.#}" y="{y:0.#}" width="{barWidth:0.#}" height="{h:0.#}" fill="{series[s].Color}"><title>{Html.E(label)} {Html.E(series[s].Name)}: {Html.E(format(values[s]))}</title></rect>""");
            }
            if (line is { } l)
            {
                var ly = height - bottom - l * scale;
                svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{x - 2:0.#}" y1="{ly:0.#}" x2="{x + barWidth + 2:0.#}" y2="{ly:0.#}" stroke="#e63946" stroke-dasharray="3 2"/>""");
            }
            if (bars.Count <= 14 || i % (bars.Count / 7 + 1) == 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"""<text x="{x + barWidth / 2:0.#}" y="{height - 6}" text-anchor="middle">{Html.E(label)}</text>""");
            }
        }
        svg.Append("</svg><div class=\"legend\">");
        foreach (var s in series)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<span><i style="background:{s.Color}"></i>{Html.E(s.Name)}</span>""");
        }
        if (bars.Any(b => b.Line is not null))
        {
            svg.Append("""<span><i style="background:#e63946;height:2px"></i>budget</span>""");
        }
        return svg.Append("</div>").ToString();
    }
}
