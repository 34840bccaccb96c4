using System.Globalization;
using Tendero.Config;
using Tendero.Simulator;

namespace Tendero.IntegrationTests.Crash;

/// <summary>The simulated providers and people of the chain crash test.</summary>
internal static class ChainCrashWorld
{
    public static async Task<(ProviderSimulator Simulator, Uri Url)> StartAsync(
        string businessesFolder, Uri serverUrl, IReadOnlyList<ChainCrashPerson> people, IReadOnlyList<long> otherChats)
    {
        var businesses = BusinessLoader.LoadDirectory(businessesFolder, Secrets.FromProcess(true), new Uri("http://127.0.0.1"));
        var options = Cli.SimulatorHost.OptionsFor(businesses, serverUrl);
        options.Behaviour = new SimBehaviour
        {
            EnforceWhatsAppWindow = false,
            KnownTelegramChats = [.. people.Select(p => p.Chat), .. otherChats],
            // Reads and presses made while the server is down reach it once it is back, as the providers' retries would,
            // only sooner: the test's waits are seconds, theirs hours. Retries come 0.4, 1.2, 2.8 and 6 s after the first
            // try, so with a restart of up to 6 s a status arrives at most 6 s after it was made.
            WebhookAttempts = 10,
            WebhookRetryDelay = TimeSpan.FromMilliseconds(400),
        };
        for (var i = 0; i < options.Twilio.Count; i++)
        {
            // A long code's 1 segment/s would hold the chains' SMS (and so the "1" answered after delivery) behind the burst.
            options.Twilio[i] = options.Twilio[i] with { SegmentsPerSecond = 100 };
        }
        foreach (var person in people)
        {
            options.People[person.Phone] = person.Group.Phone;
            options.People[person.Chat.ToString(CultureInfo.InvariantCulture)] = person.Group.Chat;
        }
        var simulator = new ProviderSimulator(options, TimeProvider.System);
        return (simulator, await simulator.StartAsync());
    }

    /// <summary>What the providers received for one person on one channel, oldest first.</summary>
    public static IReadOnlyList<OutboundMessageRecord> Sends(IReadOnlyList<OutboundMessageRecord> journal, ChainCrashPerson person, string channel)
    {
        var phone = person.Phone.TrimStart('+');
        var chat = person.Chat.ToString(CultureInfo.InvariantCulture);
        return journal.Where(m => channel switch
        {
            "whatsapp" => m.Provider == SimProvider.WhatsApp && m.To.TrimStart('+') == phone,
            "telegram" => m.Provider == SimProvider.Telegram && m.To == chat,
            "sms" => m.Provider == SimProvider.Twilio && m.Kind == "sms" && m.To.TrimStart('+') == phone,
            "voice" => m.Provider == SimProvider.Twilio && m.Kind == "call" && m.To.TrimStart('+') == phone,
            _ => throw new ArgumentOutOfRangeException(nameof(channel)),
        }).OrderBy(m => m.AcceptedAt).ToList();
    }
}
