namespace Tendero.Core.Chains;

/// <summary>
/// What the ledger says about a chain right now: the strongest signal the person gave since it started, and
/// whether the message a current wait is waiting on failed. Read fresh each time, so a lost or repeated
/// webhook changes nothing: the facts are the rows, not the events.
/// </summary>
public sealed record ChainFacts(ChainSignal? Strongest, string? SignalDetail, IReadOnlyDictionary<int, NotifyFact> Notifies)
{
    public static readonly ChainFacts None = new(null, null, new Dictionary<int, NotifyFact>());

    public bool Meets(ChainSignal wanted) => Strongest is { } s && s >= wanted;
}

/// <summary>The message one notify step sent, as the ledger has it now.</summary>
public sealed record NotifyFact(int Step, ChannelKind Channel, string Status, string? ErrorReason, bool Read, bool Delivered)
{
    public bool Failed => Status == "failed";
}
