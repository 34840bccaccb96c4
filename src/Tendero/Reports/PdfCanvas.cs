using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Tendero.Reports;

/// <summary>
/// Writes top to bottom on A4 pages: headings, text, tables and images, starting a new page when the next block does not
/// fit. PDFsharp has no layout engine of its own (MigraDoc is not used), so this is ours and deliberately small.
/// </summary>
internal sealed class PdfCanvas(PdfDocument document)
{
    public const double Margin = 40;
    private static readonly XColor Ink = XColor.FromArgb(33, 37, 41);
    private static readonly XColor Muted = XColor.FromArgb(108, 117, 125);
    private static readonly XColor Band = XColor.FromArgb(241, 243, 245);
    private XGraphics? gfx;
    private PdfPage? page;
    private double y;

    public double Width => (page?.Width.Point ?? 595) - 2 * Margin;

    public void NewPage()
    {
        gfx?.Dispose();
        page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        gfx = XGraphics.FromPdfPage(page);
        y = Margin;
    }

    private XGraphics G => gfx ?? throw new InvalidOperationException("Call NewPage first.");

    private void Need(double height)
    {
        if (gfx is null || y + height > page!.Height.Point - Margin - 20)
        {
            NewPage();
        }
    }

    public void Title(string title, string subtitle)
    {
        Need(60);
        G.DrawString(title, Font(20, bold: true), new XSolidBrush(Ink), new XPoint(Margin, y + 20));
        G.DrawString(subtitle, Font(11), new XSolidBrush(Muted), new XPoint(Margin, y + 40));
        y += 56;
        G.DrawLine(new XPen(Muted, 0.5), Margin, y, Margin + Width, y);
        y += 12;
    }

    public void Heading(string text, double keepWithNext = 60)
    {
        Need(24 + keepWithNext);
        G.DrawString(text, Font(13, bold: true), new XSolidBrush(Ink), new XPoint(Margin, y + 14));
        y += 22;
    }

    public void Note(string text)
    {
        Need(16);
        G.DrawString(text, Font(9.5), new XSolidBrush(Muted), new XPoint(Margin, y + 10));
        y += 18;
    }

    /// <summary>A table: the first column left-aligned, the rest right-aligned; <paramref name="widths"/> are shares of the width.</summary>
    public void Table(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<double> widths,
        Func<int, int, XColor?>? cellColor = null)
    {
        const double rowHeight = 17;
        Need(rowHeight * Math.Min(rows.Count + 1, 4));
        Row(header, widths, bold: true, background: Band, null, -1);
        for (var r = 0; r < rows.Count; r++)
        {
            Need(rowHeight);
            Row(rows[r], widths, bold: false, background: null, cellColor, r);
        }
        y += 8;
    }

    private void Row(IReadOnlyList<string> cells, IReadOnlyList<double> widths, bool bold, XColor? background, Func<int, int, XColor?>? color, int row)
    {
        const double rowHeight = 17;
        if (background is { } b)
        {
            G.DrawRectangle(new XSolidBrush(b), Margin, y, Width, rowHeight);
        }
        var x = Margin;
        var font = Font(9.5, bold);
        for (var i = 0; i < cells.Count; i++)
        {
            var w = widths[i] * Width;
            var brush = new XSolidBrush(color?.Invoke(row, i) ?? Ink);
            var rect = new XRect(x + 4, y, w - 8, rowHeight);
            G.DrawString(cells[i], font, brush, rect, i == 0 ? XStringFormats.CenterLeft : XStringFormats.CenterRight);
            x += w;
        }
        G.DrawLine(new XPen(Band, 0.5), Margin, y + rowHeight, Margin + Width, y + rowHeight);
        y += rowHeight;
    }

    public void Image(byte[] png, double pixelWidth, double pixelHeight)
    {
        var height = Width * pixelHeight / pixelWidth;
        Need(height + 6);
        using var stream = new MemoryStream(png);
        using var image = XImage.FromStream(stream);
        G.DrawImage(image, Margin, y, Width, height);
        y += height + 6;
    }

    /// <summary>Writes "page n of m" at the foot of every page, once all pages exist.</summary>
    public void Footers(Func<int, int, string> text)
    {
        gfx?.Dispose();
        gfx = null;
        for (var i = 0; i < document.PageCount; i++)
        {
            var p = document.Pages[i];
            using var g = XGraphics.FromPdfPage(p, XGraphicsPdfPageOptions.Append);
            g.DrawString(text(i + 1, document.PageCount), Font(8.5), new XSolidBrush(Muted),
                new XRect(Margin, p.Height.Point - Margin, p.Width.Point - 2 * Margin, 14), XStringFormats.CenterRight);
        }
    }

    private static XFont Font(double size, bool bold = false) => new(ReportFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
}
