namespace Tendero.Config;

/// <summary>
/// One entry of the <c>actions:</c> section: when an event of topic <see cref="On"/> happens for the business, call
/// <see cref="Target"/> once (a webhook or a SOAP operation), durably and with retries.
/// </summary>
public sealed record ActionConfig(string Name, string On, ActionTarget Target);

/// <summary>Where an action calls, and how long one call may take before it is retried.</summary>
public abstract record ActionTarget(Uri Url, TimeSpan Timeout);

/// <summary>An HTTP POST of the event as JSON, signed with HMAC-SHA256 over <c>{timestamp}.{body}</c> with <see cref="Secret"/>.</summary>
public sealed record WebhookTarget(Uri Url, string Secret, TimeSpan Timeout) : ActionTarget(Url, Timeout)
{
    // The secret stays out of logs and exception messages that print the record.
    public override string ToString() => $"webhook {Url}";
}

/// <summary>
/// A SOAP 1.1 operation: <see cref="Envelope"/> (read from <see cref="EnvelopeFile"/> at start) with its
/// <c>{{field}}</c> placeholders filled from the event payload, posted with the <c>SOAPAction</c> header.
/// </summary>
public sealed record SoapTarget(Uri Url, string SoapAction, string EnvelopeFile, string Envelope, TimeSpan Timeout) : ActionTarget(Url, Timeout);
