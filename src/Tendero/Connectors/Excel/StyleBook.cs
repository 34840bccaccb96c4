using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Tendero.Connectors.Excel;

/// <summary>
/// The workbook's cell formats (styles.xml <c>cellXfs</c>), to tell which style index shows a date and to find one that does.
/// styles.xml changes only when no date format exists at all: then one <c>xf</c> is appended, so every index in use keeps its meaning.
/// </summary>
internal sealed partial class StyleBook
{
    private readonly XDocument? document;
    private readonly List<int> formatIds;
    private readonly Dictionary<int, string> customFormats;

    private StyleBook(XDocument? document)
    {
        this.document = document;
        var root = document?.Root;
        formatIds = root?.Element(PartXml.Main + "cellXfs")?.Elements(PartXml.Main + "xf").Select(x => (int?)x.Attribute("numFmtId") ?? 0).ToList() ?? [];
        customFormats = root?.Element(PartXml.Main + "numFmts")?.Elements(PartXml.Main + "numFmt")
            .Where(f => f.Attribute("numFmtId") is not null)
            .GroupBy(f => (int)f.Attribute("numFmtId")!)
            .ToDictionary(g => g.Key, g => (string?)g.First().Attribute("formatCode") ?? "") ?? [];
    }

    public static StyleBook Load(byte[]? stylesXml) => new(stylesXml is null ? null : PartXml.Load(stylesXml, "styles.xml"));

    public bool Changed { get; private set; }

    public int Count => formatIds.Count;

    public string? FormatCode(int style) =>
        style < 0 || style >= formatIds.Count ? null
        : customFormats.TryGetValue(formatIds[style], out var code) ? code
        : BuiltInFormats.Code(formatIds[style]);

    public int FormatId(int style) => style >= 0 && style < formatIds.Count ? formatIds[style] : 0;

    public bool IsDate(int style) => style >= 0 && style < formatIds.Count && IsDateFormat(formatIds[style]);

    /// <summary>A style index that shows a date: <paramref name="preferred"/> when it does, else the first plain-date one, else a new one (numFmtId 14).</summary>
    public int? DateStyle(int? preferred)
    {
        if (preferred is { } p && IsDate(p))
        {
            return p;
        }
        var existing = formatIds.FindIndex(id => id == 14);
        existing = existing >= 0 ? existing : formatIds.FindIndex(IsDateFormat);
        if (existing >= 0)
        {
            return existing;
        }
        var xfs = document?.Root?.Element(PartXml.Main + "cellXfs");
        if (xfs is null)
        {
            return null;
        }
        xfs.Add(new XElement(PartXml.Main + "xf", new XAttribute("numFmtId", "14"), new XAttribute("fontId", "0"), new XAttribute("fillId", "0"),
            new XAttribute("borderId", "0"), new XAttribute("xfId", "0"), new XAttribute("applyNumberFormat", "1")));
        formatIds.Add(14);
        xfs.SetAttributeValue("count", formatIds.Count.ToString(CultureInfo.InvariantCulture));
        Changed = true;
        return formatIds.Count - 1;
    }

    public byte[] Save() => PartXml.Save(document ?? throw new InvalidOperationException("No styles part."));

    private bool IsDateFormat(int id) =>
        id is (>= 14 and <= 22) or (>= 45 and <= 47)
        || (customFormats.TryGetValue(id, out var code) && LooksLikeDate(code));

    private static bool LooksLikeDate(string code)
    {
        var bare = Literals().Replace(code.Split(';')[0], "");
        return bare.IndexOfAny(['d', 'D', 'm', 'M', 'y', 'Y', 'h', 'H', 's', 'S']) >= 0 && !bare.Contains("General", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.|_.|\\*.", RegexOptions.CultureInvariant)]
    private static partial Regex Literals();
}
