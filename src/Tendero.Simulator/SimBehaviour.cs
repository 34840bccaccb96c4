namespace Tendero.Simulator;

/// <summary>How the simulated world behaves. All delays run on the simulator's <see cref="TimeProvider"/>.</summary>
public sealed class SimBehaviour
{
    /// <summary>From acceptance to the <c>sent</c> status (WhatsApp, Twilio after pacing). Default 200 ms.</summary>
    public TimeSpan SentDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>From <c>sent</c> to <c>delivered</c>. Default 300 ms.</summary>
    public TimeSpan DeliveredDelay { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>From <c>delivered</c> to <c>read</c> (WhatsApp only). Default 1 s.</summary>
    public TimeSpan ReadDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Chance, 0..1, that a delivered WhatsApp message is read. Default 0.8.</summary>
    public double ReadProbability { get; set; } = 0.8;

    /// <summary>Chance, 0..1, that an SMS ends <c>undelivered</c> (error 30003) instead of <c>delivered</c>. Default 0.</summary>
    public double SmsUndeliveredProbability { get; set; }

    /// <summary>When true, free-form WhatsApp messages outside the 24-hour window fail with 131047. Default true.</summary>
    public bool EnforceWhatsAppWindow { get; set; } = true;

    /// <summary>Attempts per WhatsApp or Telegram webhook before giving up, 1..20. Default 5. Twilio posts once, as it does by default.</summary>
    public int WebhookAttempts { get; set; } = 5;

    /// <summary>Wait before the second webhook attempt; doubles each time. Default 1 s.</summary>
    public TimeSpan WebhookRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Wall-clock limit of one webhook POST. Default 10 s.</summary>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a simulated phone call lasts before its <c>completed</c> callback. Default 5 s.</summary>
    public TimeSpan CallDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Telegram chat ids a bot may write to before the customer wrote first (groups, staff).</summary>
    public IList<long> KnownTelegramChats { get; init; } = [];

    /// <summary>E.164 numbers Twilio treats as landlines (error 21614).</summary>
    public IList<string> LandlineNumbers { get; init; } = [];
}
