using Tendero.Core;

namespace Tendero.Config;

/// <summary>Checks the staff list of a business file: ids, languages, quiet hours and one valid address per channel.</summary>
internal static class PeopleMapper
{
    public static IReadOnlyList<Person> Staff(List<StaffFile>? staff, string defaultLanguage, FieldChecker check)
    {
        var people = new List<Person>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (staff?.Count ?? 0); i++)
        {
            var f = staff![i];
            var field = $"staff[{i}]";
            var id = check.Required($"{field}.id", f.Id);
            if (id.Length > 0 && !seen.Add(id))
            {
                check.Fail($"{field}.id", $"'{id}' is listed twice");
            }
            if (id.Length > 0 && !IsId(id))
            {
                check.Fail($"{field}.id", $"'{id}' may hold only letters, digits, '-', '_' and '.'");
            }
            var addresses = Addresses(field, f.Whatsapp, f.Telegram, f.Sms, f.Voice, check);
            if (addresses.Count == 0)
            {
                check.Fail(field, "give at least one of whatsapp, telegram, sms or voice");
            }
            people.Add(new Person(id, f.Name, Language($"{field}.language", f.Language, defaultLanguage, check), Quiet($"{field}.quiet_hours", f.QuietHours, check), addresses));
        }
        return people;
    }

    public static bool IsId(string id) =>
        id.Length is > 0 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '+');

    public static Dictionary<ChannelKind, string> Addresses(string field, string? whatsapp, string? telegram, string? sms, string? voice, FieldChecker check)
    {
        var addresses = new Dictionary<ChannelKind, string>();
        foreach (var (channel, value) in new[] { (ChannelKind.WhatsApp, whatsapp), (ChannelKind.Telegram, telegram), (ChannelKind.Sms, sms), (ChannelKind.Voice, voice) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }
            if (Address.TryParse($"{channel.Name()}:{value}", out var address, out var error))
            {
                addresses[channel] = address!.Value;
            }
            else
            {
                check.Fail($"{field}.{channel.Name()}", error);
            }
        }
        return addresses;
    }

    /// <summary><paramref name="field"/> is the language field's whole name, as the error should show it.</summary>
    public static string Language(string field, string? language, string fallback, FieldChecker check)
    {
        var value = language?.Trim().ToLowerInvariant() ?? fallback;
        if (value is not ("es" or "en"))
        {
            check.Fail(field, $"'{language}' is not supported: use es or en");
            return fallback;
        }
        return value;
    }

    /// <summary><paramref name="field"/> is the quiet-hours field's whole name, as the error should show it.</summary>
    public static QuietHours? Quiet(string field, string? text, FieldChecker check)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (QuietHours.TryParse(text, out var hours, out var error))
        {
            return hours;
        }
        check.Fail(field, error);
        return null;
    }
}
