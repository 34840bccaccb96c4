using Tendero.Config;

namespace Tendero.Ai.Routing;

/// <summary>
/// Which tiers are resting, per business, shared by every call (one instance per process). Like LiteLLM's router
/// (https://docs.litellm.ai/docs/router/learn/reliability): <see cref="ModelsConfig.AllowedFailures"/> failures within
/// <see cref="ModelsConfig.FailureWindow"/> put a tier to rest for <see cref="ModelsConfig.Cooldown"/>; a 429 or a permanent
/// refusal rests it at once, and a Retry-After longer than the cooldown is honoured. It also remembers which budget
/// warnings were already logged today, so each is logged once.
/// </summary>
public sealed class TierHealth(TimeProvider time)
{
    private readonly Lock gate = new();
    private readonly Dictionary<(string Business, ModelTier Tier), State> states = [];
    private readonly HashSet<(string Business, ModelTier Tier, DateOnly Day)> budgetWarnings = [];

    /// <summary>Until when the tier rests, or null when it may be called.</summary>
    public DateTimeOffset? RestingUntil(string businessId, ModelTier tier)
    {
        lock (gate)
        {
            if (!states.TryGetValue((businessId, tier), out var state) || state.RestUntil is not { } until)
            {
                return null;
            }
            if (until > time.GetUtcNow())
            {
                return until;
            }
            state.RestUntil = null;
            return null;
        }
    }

    /// <summary>Counts a failure; returns the end of the rest when this failure puts the tier to rest, else null.</summary>
    public DateTimeOffset? RecordFailure(string businessId, ModelTier tier, TierFailure failure, ModelsConfig rules)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            if (!states.TryGetValue((businessId, tier), out var state))
            {
                state = new State();
                states[(businessId, tier)] = state;
            }
            while (state.Failures.TryPeek(out var oldest) && oldest <= now - rules.FailureWindow)
            {
                state.Failures.Dequeue();
            }
            state.Failures.Enqueue(now);
            var restNow = failure.Kind is FailureKind.RateLimited or FailureKind.Permanent || state.Failures.Count >= rules.AllowedFailures;
            if (!restNow)
            {
                return null;
            }
            var rest = failure.RetryAfter is { } after && after > rules.Cooldown ? after : rules.Cooldown;
            state.Failures.Clear();
            state.RestUntil = now + rest;
            return state.RestUntil;
        }
    }

    /// <summary>True the first time it is asked for this business, tier and local day: the budget warning is logged then only.</summary>
    public bool FirstBudgetWarning(string businessId, ModelTier tier, DateOnly day)
    {
        lock (gate)
        {
            budgetWarnings.RemoveWhere(w => w.Day < day.AddDays(-1));
            return budgetWarnings.Add((businessId, tier, day));
        }
    }

    private sealed class State
    {
        public Queue<DateTimeOffset> Failures { get; } = new();

        public DateTimeOffset? RestUntil { get; set; }
    }
}
