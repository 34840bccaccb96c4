using System.Collections.Concurrent;
using Tendero.Simulator.Infrastructure;

namespace Tendero.Simulator.WhatsApp;

/// <summary>Run-time state of one phone number: webhook URL, throughput buckets and each customer's last inbound time.</summary>
internal sealed class WhatsAppLine(SimWhatsAppAccount account, TimeProvider time)
{
    // 80 mps per number by default; ~1 per 6 s per recipient with bursts up to 45 (REFERENCE §1.3).
    private const int NumberPerSecond = 80;
    private const int PairBurst = 45;
    private const double PairPerSecond = 1.0 / 6;
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    private readonly Lock gate = new();
    private readonly TokenBucket number = new(NumberPerSecond, NumberPerSecond, time);
    private readonly Dictionary<string, TokenBucket> pairs = [];
    private readonly ConcurrentDictionary<string, DateTimeOffset> lastInbound = new();
    private string? webhookUrl = account.WebhookUrl;

    public SimWhatsAppAccount Account => account;

    public string? WebhookUrl
    {
        get => Volatile.Read(ref webhookUrl);
        set => Volatile.Write(ref webhookUrl, value);
    }

    /// <summary>Takes a token from the number and the pair; returns the Graph error code when either is empty.</summary>
    public int? TryTake(string waId)
    {
        lock (gate)
        {
            if (number.WaitForToken() > TimeSpan.Zero)
            {
                return WhatsAppErrors.RateLimit;
            }

            if (!pairs.TryGetValue(waId, out var pair))
            {
                pair = new TokenBucket(PairBurst, PairPerSecond, time);
                pairs[waId] = pair;
            }

            if (pair.WaitForToken() > TimeSpan.Zero)
            {
                return WhatsAppErrors.PairRateLimit;
            }

            number.Take();
            pair.Take();
            return null;
        }
    }

    public void MarkInbound(string waId, DateTimeOffset at) => lastInbound[waId] = at;

    public bool WindowOpen(string waId, DateTimeOffset now) =>
        lastInbound.TryGetValue(waId, out var last) && now - last < Window;
}
