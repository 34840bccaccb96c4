namespace Tendero.Simulator;

/// <summary>A Twilio account and the numbers it may send from.</summary>
public sealed record SimTwilioAccount
{
    /// <summary><c>AC</c> + 32 hex; the Basic auth user and the path segment of every API call.</summary>
    public required string AccountSid { get; init; }

    /// <summary>The Basic auth password and the key of <c>X-Twilio-Signature</c>.</summary>
    public required string AuthToken { get; init; }

    /// <summary>E.164 numbers the account owns; a <c>From</c> outside this list is refused with 21606.</summary>
    public IReadOnlyList<string> PhoneNumbers { get; init; } = [];

    /// <summary>Where inbound SMS are posted; null = nowhere yet.</summary>
    public string? SmsWebhookUrl { get; init; }

    /// <summary>How fast each of the account's numbers sends: 1 segment/s for a US long code (the default),
    /// about 3 for toll-free, 100 or more for a short code.</summary>
    public double SegmentsPerSecond { get; init; } = 1;
}
