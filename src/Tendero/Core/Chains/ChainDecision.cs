namespace Tendero.Core.Chains;

/// <summary>
/// What one look at a chain decided: where it now stands, what to send, and what to write in its history.
/// <see cref="Outcome"/> is set when the chain ends; <see cref="NextAt"/> is when to look again while it runs.
/// </summary>
public sealed record ChainDecision(
    int Step,
    ChainSignal? WaitingFor,
    DateTimeOffset? WaitEndsAt,
    DateTimeOffset? NextAt,
    string? Outcome,
    IReadOnlyList<ChainEventNote> Events,
    IReadOnlyList<ChainNotify> Notifies)
{
    public bool Ends => Outcome is not null;
}

/// <summary>One line of a chain's history. Kind is notify, wait, quiet or end.</summary>
public sealed record ChainEventNote(int Step, string Kind, string Outcome, string? Detail = null, ChannelKind? Channel = null);

/// <summary>A message a notify step sends; its idempotency key is the chain and step, so it is never sent twice.</summary>
public sealed record ChainNotify(int Step, Address To, string Language);
