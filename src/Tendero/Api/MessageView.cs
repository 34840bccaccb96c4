using Tendero.Storage;

namespace Tendero.Api;

/// <summary>A message as the API shows it: names not numbers, ISO 8601 times, snake_case (see JsonSetup).</summary>
public sealed record MessageView(
    long Id,
    string Channel,
    string Direction,
    string Address,
    string? ContactName,
    string Kind,
    string? Text,
    string Status,
    string? ProviderId,
    MessageError? Error,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? SentAt,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset? ReadAt,
    DateTimeOffset? FailedAt,
    DateTimeOffset? NextAttemptAt)
{
    public static MessageView From(MessageRow r) => new(
        r.Id, r.Channel, r.Direction == "in" ? "inbound" : "outbound", r.Address, r.ContactName, r.Kind, r.Text, r.Status, r.ProviderId,
        r.ErrorCode is null && r.ErrorReason is null ? null : new MessageError(r.ErrorCode, r.ErrorReason), (int)r.Attempts,
        Clock.At(r.CreatedAt), Clock.At(r.UpdatedAt), At(r.SentAt), At(r.DeliveredAt), At(r.ReadAt), At(r.FailedAt),
        r.Status == "queued" ? At(r.RunAt) : null);

    private static DateTimeOffset? At(long? ms) => ms is null ? null : Clock.At(ms.Value);
}

/// <summary>The provider's code and a reason a person can act on. On a queued row it is the last retryable failure.</summary>
public sealed record MessageError(string? Code, string? Reason);

/// <summary>A page of messages, oldest first; pass <c>next_after</c> as <c>after</c> for the next page.</summary>
public sealed record MessagePage(IReadOnlyList<MessageView> Messages, long? NextAfter);

/// <summary>
/// The body of <c>POST /api/businesses/{business}/messages</c>. <paramref name="Priority"/> is reply (an answer to a
/// customer: goes first), normal (the default) or bulk (goes last). <paramref name="Kind"/> picks the WhatsApp template
/// used outside the 24-hour window (whatsapp_templates.&lt;kind&gt;, else .default).
/// </summary>
public sealed record SendRequest(string? To, string? Text, string? Priority = null, string? Kind = null)
{
    public static readonly IReadOnlyDictionary<string, int> Priorities = new Dictionary<string, int> { ["reply"] = 0, ["normal"] = 1, ["bulk"] = 2 };
}

/// <summary>The answer to a send: the message is queued and its id can be followed.</summary>
public sealed record SendAccepted(long Id, string Status, string Address);
