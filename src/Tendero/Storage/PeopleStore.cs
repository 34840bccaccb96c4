using Dapper;
using Tendero.Core;

namespace Tendero.Storage;

/// <summary>
/// The people alerts go to, one address per channel: staff from the business files (kept in step at start),
/// contacts put through the API, and people an alert named only by an address.
/// </summary>
public sealed class PeopleStore(IDatabase database, TimeProvider time)
{
    private const string Columns = "id, name, language, quiet_hours AS QuietHours, whatsapp, telegram, sms, voice, source";

    /// <summary>Inserts or replaces a person. <paramref name="source"/> is config, api or alert.</summary>
    public Task UpsertAsync(string businessId, Person person, string source, CancellationToken ct) =>
        database.WriteAsync((c, t) => c.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO people (business_id, id, name, language, quiet_hours, whatsapp, telegram, sms, voice, source, updated_at)
            VALUES (@businessId, @id, @name, @language, @quiet, @whatsapp, @telegram, @sms, @voice, @source, @now)
            ON CONFLICT (business_id, id) DO UPDATE SET name = excluded.name, language = excluded.language,
                quiet_hours = excluded.quiet_hours, whatsapp = excluded.whatsapp, telegram = excluded.telegram,
                sms = excluded.sms, voice = excluded.voice, source = excluded.source, updated_at = excluded.updated_at
            """,
            new
            {
                businessId, id = person.Id, name = person.Name, language = person.Language, quiet = person.QuietHours?.ToString(),
                whatsapp = person.AddressOn(ChannelKind.WhatsApp), telegram = person.AddressOn(ChannelKind.Telegram),
                sms = person.AddressOn(ChannelKind.Sms), voice = person.AddressOn(ChannelKind.Voice), source, now = time.NowMs(),
            }, t, cancellationToken: ct)), ct);

    public Task<Person?> GetAsync(string businessId, string id, CancellationToken ct) =>
        database.ReadAsync(async c =>
        {
            var row = await c.QuerySingleOrDefaultAsync<PersonRow>(new CommandDefinition(
                $"SELECT {Columns} FROM people WHERE business_id = @businessId AND id = @id", new { businessId, id }, cancellationToken: ct));
            return row?.ToPerson();
        }, ct);

    /// <summary>People of a business in id order, <paramref name="limit"/> at a time after the id <paramref name="after"/>.</summary>
    public Task<IReadOnlyList<Person>> ListAsync(string businessId, string? after, int limit, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<Person>>(async c =>
        {
            var rows = await c.QueryAsync<PersonRow>(new CommandDefinition(
                $"SELECT {Columns} FROM people WHERE business_id = @businessId AND id > @after ORDER BY id LIMIT @limit",
                new { businessId, after = after ?? "", limit }, cancellationToken: ct));
            return rows.Select(r => r.ToPerson()).ToList();
        }, ct);

    /// <summary>
    /// The person an alert "to" an address goes to: whoever already has that address on that channel, or a new person
    /// named by the address. A bare phone number reaches WhatsApp, SMS and voice; "telegram:42" only Telegram.
    /// </summary>
    public async Task<Person> ForAddressAsync(string businessId, string id, IReadOnlyDictionary<ChannelKind, string> addresses, string language, CancellationToken ct)
    {
        var (channel, value) = addresses.First();
        var existing = await database.ReadAsync(c => c.QueryFirstOrDefaultAsync<PersonRow>(new CommandDefinition(
            $"SELECT {Columns} FROM people WHERE business_id = @businessId AND {channel.Name()} = @value ORDER BY id LIMIT 1",
            new { businessId, value }, cancellationToken: ct)), ct);
        if (existing is not null)
        {
            return existing.ToPerson();
        }
        var person = new Person(id, null, language, null, addresses);
        await UpsertAsync(businessId, person, "alert", ct);
        return person;
    }

    private sealed record PersonRow(string Id, string? Name, string? Language, string? QuietHours, string? WhatsApp, string? Telegram, string? Sms, string? Voice, string Source)
    {
        public Person ToPerson()
        {
            var addresses = new Dictionary<ChannelKind, string>();
            foreach (var (channel, value) in new[] { (ChannelKind.WhatsApp, WhatsApp), (ChannelKind.Telegram, Telegram), (ChannelKind.Sms, Sms), (ChannelKind.Voice, Voice) })
            {
                if (value is not null)
                {
                    addresses[channel] = value;
                }
            }
            // Stored values were checked when they came in; one that no longer parses means no quiet hours, not a crash.
            var quiet = Core.QuietHours.TryParse(QuietHours, out var hours, out _) ? hours : null;
            return new Person(Id, Name, Language ?? "es", quiet, addresses);
        }
    }
}
