using Tendero.Storage;

namespace Tendero.Api;

/// <summary>A failed outbound message as the API shows it, with the provider's code and reason (see JsonSetup for names).</summary>
public sealed record DeadView(
    long Id,
    string BusinessId,
    string Channel,
    string Address,
    string Kind,
    string? Text,
    MessageError Error,
    int Attempts,
    DateTimeOffset? FailedAt,
    DateTimeOffset CreatedAt)
{
    public static DeadView From(DeadLetter d) => new(
        d.Id, d.BusinessId, d.Channel, d.Address, d.Kind, d.Text, new MessageError(d.ErrorCode, d.ErrorReason), (int)d.Attempts,
        d.FailedAt is { } ms ? Clock.At(ms) : null, Clock.At(d.CreatedAt));
}

/// <summary>A page of dead messages, oldest first; pass <c>next_after</c> as <c>after</c> for the next page.</summary>
public sealed record DeadPage(IReadOnlyList<DeadView> Messages, long? NextAfter);
