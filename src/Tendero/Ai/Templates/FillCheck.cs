using System.Text.Json;
using Tendero.Config;
using Tendero.Core;

namespace Tendero.Ai.Templates;

/// <summary>
/// Checks a model's fill of a template: <c>{"parameters": [...], "sms": "..."}</c> with exactly the template's parameter
/// count, no empty parameter (Meta refuses them, and new lines or tabs too: error 132018), an SMS within the business's
/// segment budget, and no number that the alert's text and data do not state.
/// </summary>
public static class FillCheck
{
    public static AnswerCheck Check(string answer, WhatsAppTemplate template, string text, IReadOnlyDictionary<string, string> data, SmsPolicy sms)
    {
        if (!TryRead(answer, out var parameters, out var smsText, out var problem))
        {
            return AnswerCheck.Invalid(problem);
        }
        if (parameters.Count != template.Parameters.Count)
        {
            return AnswerCheck.Invalid($"the template {template.Name} takes {template.Parameters.Count} parameters, not {parameters.Count}");
        }
        if (parameters.FindIndex(string.IsNullOrWhiteSpace) is var empty and >= 0)
        {
            return AnswerCheck.Invalid($"parameter {empty + 1} ({template.Parameters[empty]}) is empty");
        }
        if (parameters.FindIndex(p => p.Contains('\n') || p.Contains('\t') || p.Contains("     ", StringComparison.Ordinal)) is var bad and >= 0)
        {
            return AnswerCheck.Invalid($"parameter {bad + 1} holds a new line, a tab or more than four spaces in a row");
        }
        if (string.IsNullOrWhiteSpace(smsText))
        {
            return AnswerCheck.Invalid("the sms is empty");
        }
        if (SmsText.Fit(smsText, sms.MaxSegments, sms.Transliterate).Truncated)
        {
            return AnswerCheck.Invalid($"the sms takes {SmsText.Measure(smsText).Segments} segments; at most {sms.MaxSegments} are allowed");
        }
        var invented = NumberFacts.Invented(string.Join(" ", parameters.Append(smsText)), data.Values.Append(text));
        return invented.Count > 0
            ? AnswerCheck.Invalid($"states numbers the alert does not: {string.Join(", ", invented)}")
            : AnswerCheck.Ok();
    }

    /// <summary>Reads the answer's two fields. A JSON code fence around it is tolerated, as some models add one.</summary>
    public static bool TryRead(string answer, out List<string> parameters, out string sms, out string problem)
    {
        (parameters, sms, problem) = ([], "", "");
        var json = answer.Trim();
        if (json.StartsWith("```", StringComparison.Ordinal))
        {
            json = json.Trim('`').Trim();
            json = json.StartsWith("json", StringComparison.OrdinalIgnoreCase) ? json[4..] : json;
        }
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("parameters", out var list) || list.ValueKind != JsonValueKind.Array
                || !root.TryGetProperty("sms", out var text) || text.ValueKind != JsonValueKind.String)
            {
                problem = "the answer is not an object with a parameters list and an sms text";
                return false;
            }
            if (list.EnumerateArray().Any(p => p.ValueKind != JsonValueKind.String))
            {
                problem = "every parameter must be a string";
                return false;
            }
            parameters = list.EnumerateArray().Select(p => p.GetString()!).ToList();
            sms = text.GetString()!;
            return true;
        }
        catch (JsonException)
        {
            problem = "the answer is not JSON";
            return false;
        }
    }
}
