using System.Text.Json.Serialization;

namespace Tendero.Simulator;

/// <summary>One API call a client made to a simulated provider, with what the simulator answered.</summary>
/// <param name="Account">Phone number id, bot id (never the token) or account sid; null when it could not be told.</param>
/// <param name="Fields">The request's key fields, e.g. <c>to</c>, <c>type</c>, <c>chat_id</c>.</param>
/// <param name="HttpStatus">The status answered; 0 when the client hung up first.</param>
/// <param name="ErrorCode">The provider error code in the answer, if any (Graph <c>code</c>, Telegram <c>error_code</c>, Twilio <c>code</c>).</param>
public sealed record ApiRequestRecord(
    DateTimeOffset At,
    SimProvider Provider,
    string Method,
    string Path,
    string? Account,
    IReadOnlyDictionary<string, string?> Fields,
    int HttpStatus,
    int? ErrorCode);

/// <summary>A message or call the simulator accepted from a sender.</summary>
/// <param name="ProviderId">wamid, Telegram <c>chat_id:message_id</c>, or Twilio SM/CA sid.</param>
/// <param name="Kind">WhatsApp <c>type</c> (text, template, …), <c>text</c> on Telegram, <c>sms</c> or <c>call</c> on Twilio.</param>
public sealed record OutboundMessageRecord(
    SimProvider Provider,
    string ProviderId,
    string Account,
    string To,
    string Kind,
    string? Text,
    string? TemplateName,
    string? CallbackData,
    DateTimeOffset AcceptedAt)
{
    /// <summary>Twilio SMS segments.</summary>
    public int? Segments { get; init; }

    /// <summary>When the SMS clears its number's 1-segment-per-second queue and counts as sent.</summary>
    public DateTimeOffset? SentAt { get; init; }

    /// <summary>Twilio call TwiML (inline) or its URL.</summary>
    public string? Twiml { get; init; }

    /// <summary>Telegram <c>reply_markup</c> as sent, raw JSON.</summary>
    public string? ReplyMarkup { get; init; }

    /// <summary>A WhatsApp template's quick-reply payloads, by button index; empty when it has no buttons.</summary>
    public IReadOnlyList<string> ButtonPayloads { get; init; } = [];
}

/// <summary>What a webhook carries.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WebhookKind>))]
public enum WebhookKind
{
    /// <summary>A customer's message or button press.</summary>
    [JsonStringEnumMemberName("inbound")] Inbound,

    /// <summary>A delivery status of an outbound message or call.</summary>
    [JsonStringEnumMemberName("status")] Status,
}

/// <summary>One POST the simulator made (or chose not to make) to the server under test.</summary>
/// <param name="Status">The status reported (sent, delivered, …) or the inbound type (text, button, callback_query, sms).</param>
/// <param name="ProviderId">The wamid, update id or sid the webhook is about.</param>
/// <param name="HttpStatus">What the server answered; null when the connection failed or the webhook was dropped.</param>
/// <param name="Error">Why no answer came (connection refused, timeout), if so.</param>
/// <param name="Dropped">True when <see cref="FaultSettings.DropStatusRate"/> skipped it.</param>
public sealed record WebhookAttemptRecord(
    DateTimeOffset At,
    SimProvider Provider,
    WebhookKind Kind,
    string Url,
    string? Status,
    string? ProviderId,
    int Attempt,
    int? HttpStatus,
    string? Error,
    bool Dropped);

/// <summary>What a virtual person did with a message or call.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PersonAction>))]
public enum PersonAction
{
    /// <summary>Opened a WhatsApp message (the <c>read</c> status).</summary>
    [JsonStringEnumMemberName("read")] Read,

    /// <summary>Answered a message with text on its channel.</summary>
    [JsonStringEnumMemberName("reply")] Reply,

    /// <summary>Pressed an inline button of a Telegram message.</summary>
    [JsonStringEnumMemberName("button_press")] ButtonPress,

    /// <summary>Pressed keys during a call.</summary>
    [JsonStringEnumMemberName("keypress")] Keypress,

    /// <summary>A call reached its final status.</summary>
    [JsonStringEnumMemberName("call_ended")] CallEnded,
}

/// <summary>One thing a virtual person did, whether or not a webhook could carry it.</summary>
/// <param name="At">When, on the simulator's clock: the acceptance time plus the delays, exactly.</param>
/// <param name="Address">The person: E.164 number, or Telegram chat id as text.</param>
/// <param name="ProviderId">The outbound message or call reacted to: wamid, Telegram <c>chat_id:message_id</c>, SM or CA sid.</param>
/// <param name="Value">Reply text, callback_data, digits, or the call's final status (completed, no-answer, failed); null for a read.</param>
public sealed record PersonActionRecord(
    DateTimeOffset At,
    SimProvider Provider,
    PersonAction Action,
    string Address,
    string ProviderId,
    string? Value)
{
    /// <summary>The id of the inbound the action made: reply wamid, Telegram <c>update_id</c> or SM sid.</summary>
    public string? InboundId { get; init; }

    /// <summary>The <c>CallDuration</c> reported when a call ended, in seconds.</summary>
    public int? CallDuration { get; init; }

    /// <summary>Why an action went nowhere or a call failed, e.g. malformed TwiML or no <c>&lt;Gather&gt;</c>.</summary>
    public string? Note { get; init; }
}

/// <summary>A copy of the whole journal, as <c>GET /_sim/journal</c> returns it.</summary>
public sealed record JournalSnapshot(
    IReadOnlyList<ApiRequestRecord> Requests,
    IReadOnlyList<OutboundMessageRecord> OutboundMessages,
    IReadOnlyList<WebhookAttemptRecord> WebhookAttempts,
    IReadOnlyList<PersonActionRecord> PersonActions);
