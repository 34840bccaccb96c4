using Tendero.Core;
using Tendero.Core.Chains;

namespace Tendero.Delivery.Chains;

/// <summary>Where a running chain stands, and what it needs to decide its next move.</summary>
public sealed record ChainState(
    long Id,
    ChainPolicy Plan,
    bool Critical,
    int Step,
    ChainSignal? WaitingFor,
    DateTimeOffset? WaitEndsAt,
    Person? Person,
    IReadOnlySet<ChannelKind> Channels,
    TimeZoneInfo Zone);
