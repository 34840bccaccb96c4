namespace Tendero.Simulator;

/// <summary>How the simulated world behaves. All delays run on the simulator's <see cref="TimeProvider"/>.</summary>
public sealed class SimBehaviour
{
    /// <summary>From acceptance to the <c>sent</c> status (WhatsApp, Twilio after pacing). Default 200 ms.</summary>
    public TimeSpan SentDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>From <c>sent</c> to <c>delivered</c>. Default 300 ms.</summary>
    public TimeSpan DeliveredDelay { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>From <c>delivered</c> to <c>read</c> (WhatsApp only) for someone without a <see cref="SimPersonBehaviour"/>. Default 1 s.</summary>
    public TimeSpan ReadDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Chance, 0..1, that a delivered WhatsApp message to someone without a <see cref="SimPersonBehaviour"/> is read. Default 0.8.</summary>
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

    /// <summary>How long an answered call lasts, from connecting to its <c>completed</c> callback (longer if a keypress comes later). Default 5 s.</summary>
    public TimeSpan CallDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Chance, 0..1, that someone without a <see cref="SimPersonBehaviour"/> answers a message with "1", as people answer an
    /// alert. Default 0. On WhatsApp only read messages are answered, <see cref="ReplyDelay"/> after the read.
    /// </summary>
    public double ReplyProbability { get; set; }

    /// <summary>From delivery (WhatsApp: the read; Telegram: the send) to the reply. Default 20 s.</summary>
    public TimeSpan ReplyDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Chance, 0..1, that someone without a behaviour presses the first callback button of a Telegram message. Default 0.</summary>
    public double ButtonProbability { get; set; }

    /// <summary>From the send to the button press. Default 10 s.</summary>
    public TimeSpan ButtonDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Chance, 0..1, that someone without a behaviour answers a call and presses 1; the others listen in silence until
    /// <see cref="CallDuration"/> ends the call. Default 0.
    /// </summary>
    public double AnswerProbability { get; set; }

    /// <summary>From the call connecting to the keypress. Default 4 s.</summary>
    public TimeSpan AnswerDelay { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>Telegram chat ids a bot may write to before the customer wrote first (groups, staff).</summary>
    public IList<long> KnownTelegramChats { get; init; } = [];

    /// <summary>E.164 numbers Twilio treats as landlines (error 21614).</summary>
    public IList<string> LandlineNumbers { get; init; } = [];
}
