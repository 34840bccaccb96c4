using Tendero.Simulator.Infrastructure;

namespace Tendero.Simulator.Twilio;

/// <summary>Run-time state of one Twilio account: inbound webhook URL, API request bucket and each sender number's queue.</summary>
internal sealed class TwilioAccountState(SimTwilioAccount account, TimeProvider time)
{
    // One segment per second per long code by default (https://www.twilio.com/docs/api/errors/30001, REFERENCE §3.4).
    private readonly TimeSpan SegmentInterval = TimeSpan.FromSeconds(1 / account.SegmentsPerSecond);

    private readonly Lock gate = new();

    // API concurrency/rate is per account; 100 requests per second is the simulator's stand-in for it.
    private readonly TokenBucket requests = new(100, 100, time);
    private readonly Dictionary<string, DateTimeOffset> nextFree = new(StringComparer.Ordinal);
    private string? smsWebhookUrl = account.SmsWebhookUrl;

    public SimTwilioAccount Account => account;

    public string? SmsWebhookUrl
    {
        get => Volatile.Read(ref smsWebhookUrl);
        set => Volatile.Write(ref smsWebhookUrl, value);
    }

    /// <summary>Zero when the request may proceed (and a token was taken), else how long until one is free.</summary>
    public TimeSpan TryTakeRequest()
    {
        lock (gate)
        {
            var wait = requests.WaitForToken();
            if (wait == TimeSpan.Zero)
            {
                requests.Take();
            }

            return wait;
        }
    }

    /// <summary>Puts a message's segments in its number's queue; returns when the last segment leaves.</summary>
    public DateTimeOffset Enqueue(string from, int segments, DateTimeOffset now)
    {
        lock (gate)
        {
            var start = nextFree.TryGetValue(from, out var free) && free > now ? free : now;
            nextFree[from] = start + SegmentInterval * segments;
            return start + SegmentInterval * (segments - 1);
        }
    }

    public bool Owns(string number) => account.PhoneNumbers.Contains(number, StringComparer.Ordinal);
}
