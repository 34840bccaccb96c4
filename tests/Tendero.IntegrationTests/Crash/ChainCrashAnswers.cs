using System.Globalization;
using Tendero.Simulator;

namespace Tendero.IntegrationTests.Crash;

/// <summary>When a person's answer reached the server: the first webhook carrying it that the server accepted.</summary>
internal static class ChainCrashAnswers
{
    /// <summary>The read of the WhatsApp alert, or the press of the Telegram button; null when none got through.</summary>
    public static DateTimeOffset? Arrival(JournalSnapshot journal, ChainCrashPerson person, string channel)
    {
        var (provider, status, ids) = channel switch
        {
            // A send repeated after the crash took the place of the first: the server knows only the last one's wamid.
            "whatsapp" => (SimProvider.WhatsApp, "read",
                ChainCrashWorld.Sends(journal.OutboundMessages, person, "whatsapp").TakeLast(1).Select(s => s.ProviderId).ToHashSet()),
            // The button's data names the chain, so a press on either copy of a repeated message counts.
            "telegram" => (SimProvider.Telegram, "callback_query", journal.PersonActions
                .Where(a => a.Action == PersonAction.ButtonPress && a.Address == person.Chat.ToString(CultureInfo.InvariantCulture))
                .Select(a => a.InboundId).OfType<string>().ToHashSet()),
            _ => throw new ArgumentOutOfRangeException(nameof(channel)),
        };
        return journal.WebhookAttempts
            .Where(w => w.Provider == provider && w.Status == status && w.ProviderId is not null && ids.Contains(w.ProviderId) && w.HttpStatus is >= 200 and < 300)
            .Min(w => (DateTimeOffset?)w.At);
    }
}
