using System.Xml;
using System.Xml.Linq;
using Tendero.Connectors.Actions;

namespace Tendero.Config;

/// <summary>
/// Reads a SOAP envelope template at start, so a missing file, a typo in a placeholder or a SOAP 1.2 envelope fails
/// then, with the field named, rather than on the first reservation.
/// </summary>
internal static class SoapTemplateCheck
{
    private const int MaxBytes = 256 * 1024;

    public static string Read(string field, string file, string businessPath, FieldChecker check)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(businessPath)) ?? ".";
        var path = Path.GetFullPath(Path.Combine(folder, file));
        if (!File.Exists(path))
        {
            check.Fail(field, $"the template {path} does not exist (a relative path starts at the business file's folder)");
            return "";
        }
        if (new FileInfo(path).Length > MaxBytes)
        {
            check.Fail(field, $"the template {path} is over {MaxBytes / 1024} KB; an envelope template should be a few lines");
            return "";
        }
        var template = File.ReadAllText(path);
        foreach (var bad in SoapEnvelope.Placeholders(template).Where(p => !SoapEnvelope.IsValidName(p)))
        {
            check.Fail(field, $"the placeholder {{{{{bad}}}}} is not a field path such as {{{{customer.name}}}}");
        }
        if (Problem(SoapEnvelope.WithSampleValues(template)) is { } problem)
        {
            check.Fail(field, $"the template {path} {problem}");
        }
        return template;
    }

    private static string? Problem(string xml)
    {
        try
        {
            var root = XDocument.Parse(xml).Root;
            return root?.Name == SoapEnvelope.Namespace + "Envelope" && root.Element(SoapEnvelope.Namespace + "Body") is not null
                ? null
                : $"is not a SOAP 1.1 envelope: the root must be Envelope, with a Body, in {SoapEnvelope.Namespace.NamespaceName}";
        }
        catch (XmlException e)
        {
            return $"is not well-formed XML: {e.Message}";
        }
    }
}
