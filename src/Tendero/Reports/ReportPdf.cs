using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Tendero.Reports;

/// <summary>Lays a month's figures out on A4 pages: headline numbers against the previous month, charts, and tables.</summary>
public static class ReportPdf
{
    private static readonly XColor Better = XColor.FromArgb(25, 135, 84);
    private static readonly XColor Worse = XColor.FromArgb(200, 35, 51);

    public static void Write(Stream output, string businessName, TimeZoneInfo zone, ReportTexts t, MonthFigures now, MonthFigures before, DateTimeOffset createdAt)
    {
        ReportFonts.EnsureInstalled();
        using var document = new PdfDocument();
        document.Info.Title = $"{t.Title} {businessName} {now.Month}";
        document.Info.Creator = "Tendero";
        document.Info.CreationDate = createdAt.UtcDateTime;
        var canvas = new PdfCanvas(document);
        canvas.NewPage();
        canvas.Title($"{t.Title} · {businessName}", $"{Capitalised(t.MonthName(now.Month))} · {string.Format(t.Culture, t.Subtitle, zone.Id)}");
        Headline(canvas, t, now, before);
        canvas.Image(ReportCharts.MessagesPerDay(now, t), ReportCharts.Width, ReportCharts.Height);
        canvas.Image(ReportCharts.ResponseTimes(now, t), ReportCharts.Width, ReportCharts.Height);
        Channels(canvas, t, now);

        canvas.NewPage();
        canvas.Image(ReportCharts.CostByKind(now, t), ReportCharts.Width, ReportCharts.Height);
        Details(canvas, t, now);
        canvas.Footers((page, pages) => string.Format(t.Culture, t.Page, page, pages) + $" · Tendero · {now.Month}");
        document.Save(output, closeStream: false);
    }

    private static void Headline(PdfCanvas canvas, ReportTexts t, MonthFigures now, MonthFigures before)
    {
        var c = t.Culture;
        canvas.Heading(t.Headline);
        // Each row: label, this month, last month, the change, and whether going up is good (+1), bad (-1) or neither (0).
        var rows = new List<(string Label, string Now, string Before, string Change, int Up, double Delta)>
        {
            Counted(t.Messages, now.Messages, before.Messages, c, 0),
            Counted(t.Customers, now.Customers, before.Customers, c, +1),
            (t.MedianResponse, ReportFormat.Duration(now.MedianResponse), ReportFormat.Duration(before.MedianResponse),
                now.MedianResponse is { } a && before.MedianResponse is { } b ? ReportFormat.Change(a.TotalSeconds, b.TotalSeconds, c) : "—", -1,
                (now.MedianResponse ?? TimeSpan.Zero).TotalSeconds - (before.MedianResponse ?? now.MedianResponse ?? TimeSpan.Zero).TotalSeconds),
            (t.DeliveryRate, ReportFormat.Rate(now.DeliveryRate, c), ReportFormat.Rate(before.DeliveryRate, c),
                now.DeliveryRate is { } r && before.DeliveryRate is { } s ? ReportFormat.PointChange(r, s, c) : "—", +1,
                (now.DeliveryRate ?? 0) - (before.DeliveryRate ?? now.DeliveryRate ?? 0)),
            (t.Cost, ReportFormat.Money(now.CostMicros, now.Currency, c), ReportFormat.Money(before.CostMicros, before.Currency, c),
                ReportFormat.Change(now.CostMicros, before.CostMicros, c), -1, before.CostMicros == 0 ? 0 : now.CostMicros - before.CostMicros),
        };
        canvas.Table(["", t.ThisMonth, t.PreviousMonth, t.Change],
            rows.Select(r => (IReadOnlyList<string>)[r.Label, r.Now, r.Before, r.Change]).ToList(), [0.40, 0.20, 0.20, 0.20],
            (row, column) => column != 3 || rows[row].Up == 0 || rows[row].Delta == 0 ? null
                : Math.Sign(rows[row].Delta) == rows[row].Up ? Better : Worse);
    }

    private static (string, string, string, string, int, double) Counted(string label, long now, long before, System.Globalization.CultureInfo c, int up) =>
        (label, ReportFormat.Count(now, c), ReportFormat.Count(before, c), ReportFormat.Change(now, before, c), up, before == 0 ? 0 : now - before);

    private static void Channels(PdfCanvas canvas, ReportTexts t, MonthFigures f)
    {
        var c = t.Culture;
        canvas.Heading(t.Channels);
        canvas.Table([t.Channel, t.Received, t.Sent, t.Delivered, t.Failed],
            f.Channels.Select(ch => (IReadOnlyList<string>)[ch.Channel, ReportFormat.Count(ch.In, c), ReportFormat.Count(ch.Out, c),
                ReportFormat.Count(ch.Delivered, c), ReportFormat.Count(ch.Failed, c)]).ToList(), [0.32, 0.17, 0.17, 0.17, 0.17]);
    }

    private static void Details(PdfCanvas canvas, ReportTexts t, MonthFigures f)
    {
        var c = t.Culture;
        canvas.Table([t.CostByKind, t.Cost],
            [[t.Models, ReportFormat.Money(f.ModelMicros, f.Currency, c)], [t.MessageCost, ReportFormat.Money(f.MessageMicros, f.Currency, c)],
             [t.Compute, ReportFormat.Money(f.ComputeMicros, f.Currency, c)]], [0.6, 0.4]);

        if (f.Tiers.Count > 0)
        {
            canvas.Heading(t.ModelTiers);
            canvas.Table([t.Tier, t.Calls, t.Tokens, t.Cost],
                f.Tiers.Select(x => (IReadOnlyList<string>)[x.Tier, ReportFormat.Count(x.Calls, c),
                    $"{ReportFormat.Count(x.InputTokens, c)} / {ReportFormat.Count(x.OutputTokens, c)}", ReportFormat.Money(x.Micros, f.Currency, c)]).ToList(),
                [0.25, 0.2, 0.3, 0.25]);
        }

        canvas.Heading(t.TopIntents);
        if (f.Intents.Count == 0)
        {
            canvas.Note(t.None);
        }
        else
        {
            canvas.Table([t.Intent, t.Count], f.Intents.Take(8).Select(i => (IReadOnlyList<string>)[t.IntentName(i.Name), ReportFormat.Count(i.Count, c)]).ToList(),
                [0.7, 0.3]);
        }

        canvas.Heading(t.Alerts);
        if (f.Chains.Count == 0)
        {
            canvas.Note(t.None);
        }
        else
        {
            canvas.Table([t.Outcome, t.Notices, t.LastChannel, t.Count],
                f.Chains.Select(e => (IReadOnlyList<string>)[t.OutcomeName(e.Outcome), ReportFormat.Count(e.Notices, c), e.LastChannel ?? "—",
                    ReportFormat.Count(e.Count, c)]).ToList(), [0.4, 0.2, 0.2, 0.2]);
        }

        if (f.Reservations is { } r)
        {
            canvas.Heading(t.Reservations);
            canvas.Table([t.Reservations, t.Count],
                [[t.Bookings, ReportFormat.Count(r.Bookings, c)], [t.Cancelled, ReportFormat.Count(r.Cancelled, c)],
                 [t.NoShows, ReportFormat.Count(r.NoShows, c)], [t.Seated, ReportFormat.Count(r.Seated, c)], [t.Guests, ReportFormat.Count(r.Guests, c)]],
                [0.7, 0.3]);
        }
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
