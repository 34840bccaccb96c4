using System.Security;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Tendero.Connectors.Actions;

/// <summary>
/// Fills a SOAP envelope template. <c>{{field}}</c> takes a value from the event payload (<c>{{customer.name}}</c>
/// walks into objects); <c>{{$event_id}}</c>, <c>{{$delivery}}</c> and <c>{{$business}}</c> come from the call itself.
/// Every value is XML-escaped, so a customer's name cannot change the envelope's structure.
/// </summary>
public static partial class SoapEnvelope
{
    /// <summary>The SOAP 1.1 envelope namespace.</summary>
    public static readonly XNamespace Namespace = "http://schemas.xmlsoap.org/soap/envelope/";

    public static IEnumerable<string> Placeholders(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups["name"].Value).Distinct(StringComparer.Ordinal);

    public static bool IsValidName(string name) => NamePattern().IsMatch(name);

    /// <summary>The template with every placeholder replaced by a harmless value, to check that it is well-formed.</summary>
    public static string WithSampleValues(string template) => Placeholder().Replace(template, "x");

    /// <summary>The filled envelope, or the names of the placeholders the payload has no value for.</summary>
    public static (string? Envelope, IReadOnlyList<string> Missing) Fill(string template, JsonElement payload, IReadOnlyDictionary<string, string> call)
    {
        var missing = new List<string>();
        var filled = Placeholder().Replace(template, m =>
        {
            var name = m.Groups["name"].Value;
            var value = name.StartsWith('$') ? call.GetValueOrDefault(name) : Find(payload, name);
            if (value is null)
            {
                if (!missing.Contains(name))
                {
                    missing.Add(name);
                }
                return "";
            }
            return SecurityElement.Escape(Clean(value));
        });
        return missing.Count == 0 ? (filled, []) : (null, missing);
    }

    // A scalar at a dotted path; null, an object or a list has no single value to put in the envelope.
    private static string? Find(JsonElement payload, string path)
    {
        var current = payload;
        foreach (var part in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(part, out current))
            {
                return null;
            }
        }
        return current.ValueKind switch
        {
            JsonValueKind.String => current.GetString(),
            JsonValueKind.Number => current.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
    }

    // Control characters other than tab and newlines are not allowed in XML 1.0 at all, escaped or not.
    private static string Clean(string value)
    {
        if (!value.Any(c => c < ' ' && c is not ('\t' or '\n' or '\r')))
        {
            return value;
        }
        var text = new StringBuilder(value.Length);
        foreach (var c in value.Where(c => c >= ' ' || c is '\t' or '\n' or '\r'))
        {
            text.Append(c);
        }
        return text.ToString();
    }

    [GeneratedRegex(@"\{\{\s*(?<name>[^{}]*?)\s*\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^(\$[a-z_]+|[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*)$")]
    private static partial Regex NamePattern();
}
