using PdfSharp.Fonts;
using SkiaSharp;

namespace Tendero.Reports;

/// <summary>
/// The one font of every report: DejaVu Sans (regular and bold), bundled as resources (see <c>Fonts/LICENSE-DejaVu.txt</c>),
/// so a report looks the same on any machine, including a Linux image with no fonts at all. PDFsharp and ScottPlot both
/// take their fonts from process-wide resolvers, so <see cref="EnsureInstalled"/> installs ours once per process.
/// </summary>
public static class ReportFonts
{
    public const string Family = "DejaVu Sans";

    private static readonly Lazy<byte[]> Regular = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<byte[]> Bold = new(() => Load("DejaVuSans-Bold.ttf"));
    private static readonly Lock Gate = new();
    private static bool installed;

    public static byte[] Bytes(bool bold) => bold ? Bold.Value : Regular.Value;

    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (installed)
            {
                return;
            }
            // PDFsharp allows its resolver to be set only before the first font is used; a host that set its own keeps it.
            GlobalFontSettings.FontResolver ??= new PdfFontResolver();
            ScottPlot.Fonts.FontResolvers.Insert(0, new ChartFontResolver());
            ScottPlot.Fonts.Default = Family;
            installed = true;
        }
    }

    private static byte[] Load(string file)
    {
        using var stream = typeof(ReportFonts).Assembly.GetManifestResourceStream($"Tendero.Reports.Fonts.{file}")
            ?? throw new InvalidOperationException($"The report font {file} is not embedded in the Tendero assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private sealed class PdfFontResolver : IFontResolver
    {
        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
            new(bold ? "DejaVuSans-Bold" : "DejaVuSans");

        public byte[]? GetFont(string faceName) => Bytes(faceName == "DejaVuSans-Bold");
    }

    private sealed class ChartFontResolver : ScottPlot.IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            SKTypeface.FromData(SKData.CreateCopy(Bytes(bold)));

        public SKTypeface? CreateTypeface(string fontName, ScottPlot.FontWeight weight, ScottPlot.FontSlant slant, ScottPlot.FontSpacing spacing) =>
            CreateTypeface(fontName, weight >= ScottPlot.FontWeight.SemiBold, false);
    }
}
