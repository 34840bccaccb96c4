using System.Text.Json;
using System.Text.RegularExpressions;
using Tendero.Config;
using Tendero.Core;

namespace Tendero.Ai.Templates;

/// <summary>
/// The fill without a model (the offline tier): each parameter is the data field the template names, "text" being the
/// alert's text, and the SMS is the text shortened to the segment budget. It states nothing the alert did not.
/// </summary>
public static partial class RuleFill
{
    public static (IReadOnlyList<string> Parameters, string Sms) Fill(WhatsAppTemplate template, string text, IReadOnlyDictionary<string, string> data, SmsPolicy sms)
    {
        var parameters = template.Parameters.Select(name => OneLine(Value(name, text, data))).ToList();
        var smsText = SmsText.Fit(text.Trim(), sms.MaxSegments, sms.Transliterate).Text;
        return (parameters, smsText);
    }

    /// <summary>The same fill as the answer JSON a model would give, for <see cref="ModelRoute.Offline"/>.</summary>
    public static string Json(WhatsAppTemplate template, string text, IReadOnlyDictionary<string, string> data, SmsPolicy sms)
    {
        var (parameters, smsText) = Fill(template, text, data, sms);
        return JsonSerializer.Serialize(new Dictionary<string, object> { ["parameters"] = parameters, ["sms"] = smsText });
    }

    // A field the data lacks (by exact name, then ignoring case) falls back to the alert's text: true, and never empty.
    private static string Value(string name, string text, IReadOnlyDictionary<string, string> data)
    {
        if (name != "text" && (data.TryGetValue(name, out var value) || (value = data.FirstOrDefault(d => string.Equals(d.Key, name, StringComparison.OrdinalIgnoreCase)).Value) is not null)
            && !string.IsNullOrWhiteSpace(value))
        {
            return value;
        }
        return string.IsNullOrWhiteSpace(text) ? name : text;
    }

    // Meta refuses template parameters with new lines, tabs or more than four spaces in a row.
    private static string OneLine(string value) => Spaces().Replace(value, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
