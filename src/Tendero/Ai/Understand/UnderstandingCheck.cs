using System.Globalization;
using System.Text.Json;

namespace Tendero.Ai.Understand;

/// <summary>
/// Model output is hostile until parsed: this reads an answer's text into an <see cref="Understanding"/> and rejects
/// anything that does not fit (unknown intent, confidence outside 0-1, a date that is not a date, a party of 0...),
/// saying why. A ```json fence around the object is tolerated; prose around it is not.
/// </summary>
public static class UnderstandingCheck
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = false };

    /// <summary>For <see cref="ModelRoute.Check"/>: valid or not, and the stated confidence.</summary>
    public static AnswerCheck Check(string text) =>
        TryParse(text, out var understanding, out var problem) ? AnswerCheck.Ok(understanding.Confidence) : AnswerCheck.Invalid(problem);

    public static bool TryParse(string text, out Understanding understanding, out string problem)
    {
        understanding = null!;
        Understanding? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<Understanding>(Unfence(text), Options);
        }
        catch (JsonException e)
        {
            problem = $"not the expected JSON: {e.Message}";
            return false;
        }
        problem = parsed is null ? "the answer is empty" : ProblemWith(parsed) ?? "";
        if (problem.Length > 0)
        {
            return false;
        }
        understanding = Normalise(parsed!);
        return true;
    }

    private static string? ProblemWith(Understanding u)
    {
        if (!Intents.IsKnown(u.Intent))
        {
            return $"intent '{u.Intent}' is not one of {string.Join(", ", Intents.All)}";
        }
        if (u.Confidence is < 0 or > 1 || double.IsNaN(u.Confidence))
        {
            return $"confidence {u.Confidence} is outside 0-1";
        }
        if (u.Language is not ("es" or "en"))
        {
            return $"language '{u.Language}' is not es or en";
        }
        var s = u.Slots ?? new Slots();
        if (s.Date is not null && !DateOnly.TryParseExact(s.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return $"date '{s.Date}' is not an ISO date (yyyy-MM-dd)";
        }
        if (s.Time is not null && !TimeOnly.TryParseExact(s.Time, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return $"time '{s.Time}' is not HH:mm";
        }
        if (s.PartySize is < 1 or > 500)
        {
            return $"party_size {s.PartySize} is outside 1-500";
        }
        if (s.Name is { Length: > 80 })
        {
            return "name is longer than 80 characters";
        }
        if (s.Dietary is { Count: > 10 } || s.Dietary?.Any(d => string.IsNullOrWhiteSpace(d) || d.Length > 60) == true)
        {
            return "dietary must be at most 10 short, non-empty items";
        }
        return null;
    }

    private static Understanding Normalise(Understanding u) => u with
    {
        Slots = (u.Slots ?? new Slots()) with
        {
            Name = string.IsNullOrWhiteSpace(u.Slots?.Name) ? null : u.Slots.Name.Trim(),
            Dietary = (u.Slots?.Dietary ?? []).Select(d => d.Trim().ToLowerInvariant()).Distinct().ToList(),
        },
    };

    private static string Unfence(string text)
    {
        var trimmed = text.Trim();
        if (!trimmed.StartsWith("```", StringComparison.Ordinal))
        {
            return trimmed;
        }
        var firstLine = trimmed.IndexOf('\n');
        var end = trimmed.LastIndexOf("```", StringComparison.Ordinal);
        return firstLine > 0 && end > firstLine ? trimmed[(firstLine + 1)..end].Trim() : trimmed;
    }
}
