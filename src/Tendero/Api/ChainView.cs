using Tendero.Storage;

namespace Tendero.Api;

/// <summary>An alert's chain as the API shows it, with every step's history in the server's clock.</summary>
public sealed record ChainView(
    long Id,
    string Policy,
    string To,
    bool Critical,
    string Text,
    string State,
    string? Outcome,
    int Step,
    string? WaitingFor,
    DateTimeOffset? WaitEndsAt,
    DateTimeOffset? NextAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EndedAt,
    IReadOnlyList<ChainEventView>? History)
{
    public static ChainView From(ChainRow r, IReadOnlyList<ChainEventRow>? events = null) => new(
        r.Id, r.Policy, r.PersonId, r.IsCritical, r.Text, r.State, r.Outcome, (int)r.Step, r.WaitingFor,
        At(r.WaitEndsAt), r.State == "active" ? At(r.NextAt) : null, Clock.At(r.CreatedAt), At(r.EndedAt),
        events?.Select(ChainEventView.From).ToList());

    private static DateTimeOffset? At(long? ms) => ms is null ? null : Clock.At(ms.Value);
}

/// <summary>One step's line: kind is notify, wait, quiet or end; outcome is queued, skipped, read, replied, acked, timeout, ...</summary>
public sealed record ChainEventView(int Step, string Kind, string? Channel, long? MessageId, string Outcome, string? Detail, DateTimeOffset At)
{
    public static ChainEventView From(ChainEventRow e) => new((int)e.Step, e.Kind, e.Channel, e.MessageId, e.Outcome, e.Detail, Clock.At(e.At));
}

/// <summary>A page of chains, oldest first; pass <c>next_after</c> as <c>after</c> for the next page.</summary>
public sealed record ChainPage(IReadOnlyList<ChainView> Alerts, long? NextAfter);

/// <summary>The answer to a new alert.</summary>
public sealed record AlertAccepted(long Id, string State, bool Created);
