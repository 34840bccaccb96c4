namespace Tendero.Ai.Routing;

/// <summary>
/// One call to one tier, as the cost ledger keeps it. Failed calls have no tokens and cost nothing; the offline tier
/// always costs nothing. <paramref name="Note"/> says why the call happened where it did ("degraded: fast budget 0.50 USD
/// reached", "escalated: …", "retry: …"). <paramref name="BusinessId"/> is empty for a call without a route.
/// </summary>
public sealed record ModelCall(
    string BusinessId,
    ModelTier Tier,
    string Model,
    ModelPurpose? Purpose,
    long InputTokens,
    long OutputTokens,
    long LatencyMs,
    CallOutcome Outcome,
    string? Error,
    long AmountMicros,
    string Currency,
    string? Note,
    DateTimeOffset At);
