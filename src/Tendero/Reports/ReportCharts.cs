using ScottPlot;

namespace Tendero.Reports;

/// <summary>The report's charts as PNG images, drawn by ScottPlot in the bundled font.</summary>
public static class ReportCharts
{
    public const int Width = 1000;
    public const int Height = 360;

    private static readonly Color In = Color.FromHex("#2E86AB");
    private static readonly Color Out = Color.FromHex("#F18F01");
    private static readonly Color P95 = Color.FromHex("#C73E1D");

    public static byte[] MessagesPerDay(MonthFigures f, ReportTexts t)
    {
        var plot = NewPlot(t.MessagesPerDay);
        var received = plot.Add.Bars(f.Days.Select(d => d.Day.Day - 0.2).ToArray(), f.Days.Select(d => (double)d.In).ToArray());
        var sent = plot.Add.Bars(f.Days.Select(d => d.Day.Day + 0.2).ToArray(), f.Days.Select(d => (double)d.Out).ToArray());
        Style(received, In, t.Received);
        Style(sent, Out, t.Sent);
        DayTicks(plot, f);
        plot.Axes.Margins(bottom: 0);
        return Png(plot);
    }

    public static byte[] ResponseTimes(MonthFigures f, ReportTexts t)
    {
        var plot = NewPlot(t.ResponseTimes);
        var answered = f.Days.Where(d => d.P50 is not null).ToList();
        if (answered.Count > 0)
        {
            var xs = answered.Select(d => (double)d.Day.Day).ToArray();
            var p50 = plot.Add.Scatter(xs, answered.Select(d => d.P50!.Value.TotalSeconds).ToArray(), In);
            p50.LegendText = "p50";
            p50.LineWidth = 2;
            var p95 = plot.Add.Scatter(xs, answered.Select(d => d.P95!.Value.TotalSeconds).ToArray(), P95);
            p95.LegendText = "p95";
            p95.LineWidth = 2;
            plot.ShowLegend(Alignment.UpperRight);
        }
        DayTicks(plot, f);
        plot.Axes.SetLimitsY(0, Math.Max(1, answered.Select(d => d.P95!.Value.TotalSeconds).DefaultIfEmpty(1).Max() * 1.15));
        return Png(plot);
    }

    public static byte[] CostByKind(MonthFigures f, ReportTexts t)
    {
        var plot = NewPlot($"{t.CostByKind} ({f.Currency})");
        var kinds = new[] { (t.Models, f.ModelMicros), (t.MessageCost, f.MessageMicros), (t.Compute, f.ComputeMicros) };
        var colors = new[] { In, Out, Color.FromHex("#6C757D") };
        var bars = kinds.Select((k, i) => new Bar
        {
            Position = i,
            Value = k.Item2 / (double)Core.Money.MicrosPerUnit,
            FillColor = colors[i],
            Label = ReportFormat.Money(k.Item2, f.Currency, t.Culture),
        }).ToList();
        var plotted = plot.Add.Bars(bars);
        plotted.ValueLabelStyle.FontSize = 16;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, kinds.Length).Select(i => (double)i).ToArray(), kinds.Select(k => k.Item1).ToArray());
        plot.Axes.Margins(bottom: 0, top: 0.2);
        return Png(plot);
    }

    private static Plot NewPlot(string title)
    {
        ReportFonts.EnsureInstalled();
        var plot = new Plot();
        plot.Font.Set(ReportFonts.Family);
        plot.Title(title, 20);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 15;
        plot.Axes.Left.TickLabelStyle.FontSize = 15;
        plot.Legend.FontSize = 15;
        return plot;
    }

    private static void Style(ScottPlot.Plottables.BarPlot bars, Color color, string legend)
    {
        foreach (var bar in bars.Bars)
        {
            bar.FillColor = color;
            bar.LineWidth = 0;
            bar.Size = 0.4;
        }
        bars.LegendText = legend;
    }

    private static void DayTicks(Plot plot, MonthFigures f)
    {
        var days = Enumerable.Range(1, f.Month.Days).Where(d => d == 1 || d % 5 == 0).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            days.Select(d => (double)d).ToArray(), days.Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.SetLimitsX(0.3, f.Month.Days + 0.7);
        plot.ShowLegend(Alignment.UpperRight);
    }

    private static byte[] Png(Plot plot) => plot.GetImage(Width, Height).GetImageBytes(ImageFormat.Png);
}
