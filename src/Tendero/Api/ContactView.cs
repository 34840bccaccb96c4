using Tendero.Config;
using Tendero.Core;

namespace Tendero.Api;

/// <summary>A contact as the API shows it: addresses by channel name.</summary>
public sealed record ContactView(string Id, string? Name, string Language, string? QuietHours, IReadOnlyDictionary<string, string> Addresses)
{
    public static ContactView From(Person p) =>
        new(p.Id, p.Name, p.Language, p.QuietHours?.ToString(), p.Addresses.ToDictionary(a => a.Key.Name(), a => a.Value));
}

/// <summary>A page of contacts in id order.</summary>
public sealed record ContactPage(IReadOnlyList<ContactView> Contacts, string? NextAfter);

/// <summary>The body of <c>PUT /api/businesses/{business}/contacts/{id}</c>.</summary>
public sealed record ContactRequest(string? Name, string? Language, Dictionary<string, string?>? Addresses, string? QuietHours)
{
    /// <summary>Checks everything at once and says what is wrong, or gives the person.</summary>
    public static string? Check(string id, ContactRequest? body, string defaultLanguage, out Person? person)
    {
        person = null;
        var errors = new List<string>();
        if (!PeopleMapper.IsId(id))
        {
            errors.Add($"the id '{id}' may hold only letters, digits, '-', '_', '.' and '+' (at most 64)");
        }
        var check = new FieldChecker(errors, new Secrets(_ => null, allowDemoDefaults: false));
        var given = new Dictionary<ChannelKind, string?>();
        foreach (var (name, value) in body?.Addresses ?? [])
        {
            if (ChannelNames.TryParse(name, out var channel))
            {
                given[channel] = value;
            }
            else
            {
                errors.Add($"addresses.{name}: not a channel (use whatsapp, telegram, sms or voice)");
            }
        }
        var addresses = PeopleMapper.Addresses("addresses", given.GetValueOrDefault(ChannelKind.WhatsApp), given.GetValueOrDefault(ChannelKind.Telegram),
            given.GetValueOrDefault(ChannelKind.Sms), given.GetValueOrDefault(ChannelKind.Voice), check);
        if (addresses.Count == 0 && errors.Count == 0)
        {
            errors.Add("addresses: give at least one of whatsapp, telegram, sms or voice");
        }
        var language = PeopleMapper.Language("language", body?.Language, defaultLanguage, check);
        var quiet = PeopleMapper.Quiet("quiet_hours", body?.QuietHours, check);
        if (body?.Name is { Length: > 200 })
        {
            errors.Add("name: at most 200 characters");
        }
        if (errors.Count > 0)
        {
            return string.Join("; ", errors) + ".";
        }
        person = new Person(id, body?.Name?.Trim(), language, quiet, addresses);
        return null;
    }
}
