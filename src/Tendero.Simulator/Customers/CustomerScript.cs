using System.Globalization;

namespace Tendero.Simulator.Customers;

/// <summary>Builds the demo burst behind <see cref="VirtualCustomers.Script"/>. Uses its own seeded Random so it never disturbs the simulator's.</summary>
internal static class CustomerScript
{
    private sealed record Channel(SimProvider Provider, string Account, IReadOnlyList<string> BusinessNumbers);

    private sealed record Person(Channel Channel, string From, string? To, string Name, string Language);

    public static IReadOnlyList<ScriptedMessage> Make(int count, int seed, SimulatorOptions options, TimeSpan spread)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var channels = options.WhatsApp.Select(a => new Channel(SimProvider.WhatsApp, a.PhoneNumberId, []))
            .Concat(options.Telegram.Select(b => new Channel(SimProvider.Telegram, b.Token, [])))
            .Concat(options.Twilio.Where(a => a.PhoneNumbers.Count > 0).Select(a => new Channel(SimProvider.Twilio, a.AccountSid, a.PhoneNumbers)))
            .ToList();
        if (channels.Count == 0)
        {
            throw new ArgumentException("The options configure no WhatsApp, Telegram or Twilio account to script messages for.", nameof(options));
        }

        // A few people per channel write several times, so the burst holds conversations, not only strangers.
        var random = new Random(seed);
        var people = Enumerable.Range(0, Math.Max(channels.Count, count / 3 + 1))
            .Select(i => NewPerson(channels[i % channels.Count], random))
            .ToList();
        var offsets = Enumerable.Range(0, count).Select(_ => spread * random.NextDouble()).Order().ToList();
        return offsets.Select(at =>
        {
            var person = people[random.Next(people.Count)];
            return new ScriptedMessage(person.Channel.Provider, person.Channel.Account, person.From, person.To, person.Name,
                person.Language, Phrase(person, random), at);
        }).ToList();
    }

    private static Person NewPerson(Channel channel, Random random)
    {
        // Panamanian mobiles: +507 6xxx xxxx. WhatsApp ids are the same digits without the plus.
        var mobile = "5076" + string.Concat(Enumerable.Range(0, 7).Select(_ => (char)('0' + random.Next(10))));
        var (from, to) = channel.Provider switch
        {
            SimProvider.WhatsApp => (mobile, null),
            SimProvider.Telegram => ((100_000_000L + random.Next(900_000_000)).ToString(CultureInfo.InvariantCulture), null),
            _ => ("+" + mobile, channel.BusinessNumbers[random.Next(channel.BusinessNumbers.Count)]),
        };
        var spanish = random.NextDouble() < 0.7;
        var names = spanish ? CustomerPhrases.SpanishNames : CustomerPhrases.EnglishNames;
        return new Person(channel, from, to, names[random.Next(names.Length)], spanish ? "es" : "en");
    }

    private static string Phrase(Person person, Random random)
    {
        var spanish = person.Language == "es";
        var phrases = spanish ? CustomerPhrases.Spanish : CustomerPhrases.English;
        var days = spanish ? CustomerPhrases.SpanishDays : CustomerPhrases.EnglishDays;
        var times = spanish ? CustomerPhrases.SpanishTimes : CustomerPhrases.EnglishTimes;
        return phrases[random.Next(phrases.Length)]
            .Replace("{n}", (2 + random.Next(7)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{day}", days[random.Next(days.Length)], StringComparison.Ordinal)
            .Replace("{time}", times[random.Next(times.Length)], StringComparison.Ordinal)
            .Replace("{name}", person.Name.Split(' ')[0], StringComparison.Ordinal);
    }
}
