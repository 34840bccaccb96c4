using Tendero.Core;

namespace Tendero.Config;

// The assistant: section as written.
internal sealed class AssistantFile
{
    public Dictionary<string, string>? Hours { get; set; }
    public Dictionary<string, string>? Location { get; set; }
    public Dictionary<string, string>? Menu { get; set; }
    public string? IdleExpiry { get; set; }
    public List<string>? HandoffTo { get; set; }
}

/// <summary>Checks the <c>assistant:</c> section: texts by es/en, a duration, and staff ids that exist.</summary>
internal static class AssistantMapper
{
    public static AssistantConfig? Assistant(AssistantFile? file, IReadOnlyList<Person> staff, FieldChecker check)
    {
        if (file is null)
        {
            return null;
        }
        var expiry = TimeSpan.FromHours(2);
        if (file.IdleExpiry is not null && (!Durations.TryParse(file.IdleExpiry, out expiry) || expiry <= TimeSpan.Zero))
        {
            check.Fail("assistant.idle_expiry", $"'{file.IdleExpiry}' is not a positive duration such as 2h or 90m");
        }
        foreach (var id in file.HandoffTo ?? [])
        {
            if (!staff.Any(p => p.Id == id))
            {
                check.Fail("assistant.handoff_to", $"'{id}' is not the id of anyone under staff");
            }
        }
        return new AssistantConfig
        {
            Hours = Texts("assistant.hours", file.Hours, check),
            Location = Texts("assistant.location", file.Location, check),
            Menu = Texts("assistant.menu", file.Menu, check),
            IdleExpiry = expiry,
            HandoffTo = file.HandoffTo ?? [],
        };
    }

    private static Dictionary<string, string> Texts(string field, Dictionary<string, string>? texts, FieldChecker check)
    {
        foreach (var language in (texts ?? []).Keys.Where(k => k is not ("es" or "en")))
        {
            check.Fail(field, $"'{language}' is not a language Tendero speaks: use es and en");
        }
        return texts ?? [];
    }
}
