using System.Globalization;
using Tendero.Core;
using Tendero.Delivery.Pacing;
using Tendero.Storage;

namespace Tendero.Bench.Pacing;

/// <summary>
/// The burst: for each business, its limit × (ramp + window + tail) messages per lane, round-robin over its WhatsApp
/// users, Telegram chats and SMS numbers. Business A's rows are queued first, so a dispatcher that served the oldest
/// rows first, whatever their lane, would starve B and C for the whole run.
/// </summary>
internal static class Backlog
{
    public static IReadOnlyList<OutboundRequest> Build(PacingOptions options)
    {
        var requests = new List<OutboundRequest>();
        for (var b = 0; b < PacingBusinesses.Ids.Count; b++)
        {
            var id = PacingBusinesses.Ids[b];
            var whatsapp = options.PerLane(LaneLimits.DefaultFor(ChannelKind.WhatsApp).PerSecond);
            var telegram = options.PerLane(LaneLimits.DefaultFor(ChannelKind.Telegram).PerSecond);
            var sms = options.PerLane(LaneLimits.DefaultFor(ChannelKind.Sms).PerSecond);
            for (var i = 0; i < whatsapp; i++)
            {
                requests.Add(new OutboundRequest(id, new Address(ChannelKind.WhatsApp, WhatsAppUser(b, i % options.Users)), $"Bench {id} whatsapp {i}"));
            }
            for (var i = 0; i < telegram; i++)
            {
                requests.Add(new OutboundRequest(id, new Address(ChannelKind.Telegram, TelegramChat(b, i % options.Chats).ToString(CultureInfo.InvariantCulture)), $"Bench {id} telegram {i}"));
            }
            for (var i = 0; i < sms; i++)
            {
                // Short GSM text: one segment each, so messages and segments are the same count.
                requests.Add(new OutboundRequest(id, new Address(ChannelKind.Sms, $"+1202555{b}{i % 1000:D3}"), $"Bench {id} sms {i}"));
            }
        }
        return requests;
    }

    /// <summary>Telegram private chats every business writes to; the simulator must know them, as nobody wrote first.</summary>
    public static IEnumerable<long> AllTelegramChats(PacingOptions options) =>
        Enumerable.Range(0, PacingBusinesses.Ids.Count).SelectMany(b => Enumerable.Range(0, options.Chats).Select(c => TelegramChat(b, c)));

    /// <summary>Queues every request through <see cref="Outbox.EnqueueAsync(OutboundRequest, CancellationToken)"/>, 64 at a
    /// time so the writer's group commit is used as the API would use it. Returns how long it took.</summary>
    public static async Task<TimeSpan> EnqueueAsync(Outbox outbox, IReadOnlyList<OutboundRequest> requests, CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        // In order, a chunk at a time: ids then follow the order above (A's rows first).
        foreach (var chunk in requests.Chunk(64))
        {
            await Task.WhenAll(chunk.Select(r => outbox.EnqueueAsync(r, ct)));
        }
        return System.Diagnostics.Stopwatch.GetElapsedTime(started);
    }

    private static string WhatsAppUser(int business, int user) => $"+5076{business + 1}{user:D6}";

    private static long TelegramChat(int business, int chat) => 800_000_000L + (business * 1000) + chat + 1;
}
