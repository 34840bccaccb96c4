using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Tendero.Connectors.Excel;

/// <summary>Loads and saves one XML part with XDocument; saving keeps its declaration and every element and namespace it had.</summary>
internal static class PartXml
{
    public static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public static readonly XNamespace Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public static readonly XNamespace PackageRel = "http://schemas.openxmlformats.org/package/2006/relationships";
    public static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
    public const string WorksheetType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
    public const string WorksheetContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

    public static XDocument Load(byte[] bytes, string part)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            return XDocument.Load(stream, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            throw new WorkbookException($"The workbook is damaged: {part} is not valid XML ({e.Message}).", e);
        }
    }

    public static byte[] Save(XDocument document)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false }))
        {
            document.Save(writer);
        }
        return stream.ToArray();
    }

    /// <summary>Text made safe for a cell: characters XML 1.0 forbids become OOXML's <c>_xHHHH_</c> escapes, and a literal <c>_xHHHH_</c> is escaped itself.</summary>
    public static string CellText(string text)
    {
        if (!text.Contains("_x", StringComparison.Ordinal) && text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '_' && i + 6 < text.Length && text[i + 1] == 'x' && text[i + 6] == '_' && text.AsSpan(i + 2, 4).ToString().All(char.IsAsciiHexDigit))
            {
                builder.Append("_x005F_");
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(XmlConvert.IsXmlChar(c) ? c.ToString() : $"_x{(int)c:X4}_");
            }
        }
        return builder.ToString();
    }
}
