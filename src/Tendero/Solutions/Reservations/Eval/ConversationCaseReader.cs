using System.Text.Json;

namespace Tendero.Solutions.Reservations.Eval;

/// <summary>Reads the scripted conversations; a line that is not a case is reported with its number, not skipped in silence.</summary>
public static class ConversationCaseReader
{
    private static readonly HashSet<string> Outcomes = ["booked", "cancelled", "none", "handoff", "menu"];

    public static (IReadOnlyList<ConversationCase> Cases, IReadOnlyList<string> Errors) Read(string path)
    {
        var cases = new List<ConversationCase>();
        var errors = new List<string>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                var c = JsonSerializer.Deserialize<ConversationCase>(line);
                if (c is null || c.Messages.Count == 0 || !Outcomes.Contains(c.Expect.Outcome))
                    errors.Add($"line {number}: needs messages and an expect.outcome of {string.Join(", ", Outcomes)}");
                else
                    cases.Add(c);
            }
            catch (JsonException e)
            {
                errors.Add($"line {number}: {e.Message}");
            }
        }
        return (cases, errors);
    }
}
