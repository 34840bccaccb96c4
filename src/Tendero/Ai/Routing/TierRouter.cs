using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Tendero.Config;

namespace Tendero.Ai.Routing;

/// <summary>
/// One business's model pipeline: picks the tier for each call from its <see cref="ModelRoute"/>, escalates an unsure or
/// invalid fast answer to smart, fails over down the tiers (smart → fast → offline) when a provider errs, times out or
/// rests, keeps each paid tier within its daily budget, and writes a cost entry for every call to every tier
/// (REFERENCE §4.1, §4.6). The answer says which tier gave it under <see cref="TierKey"/>.
/// </summary>
public sealed partial class TierRouter : DelegatingChatClient
{
    /// <summary>The tier that answered ("offline", "fast", "smart"), in <see cref="ChatResponse.AdditionalProperties"/>.</summary>
    public const string TierKey = "tendero.tier";

    /// <summary>Every call made for the answer, in order ("fast:invalid, fast:invalid, smart:ok").</summary>
    public const string TrailKey = "tendero.trail";

    private readonly Dictionary<ModelTier, IChatClient> remote = [];
    private readonly ModelsConfig models;
    private readonly TimeZoneInfo zone;
    private readonly TierHealth health;
    private readonly IModelLedger ledger;
    private readonly Func<Exception, TierFailure> classify;
    private readonly TimeProvider time;
    private readonly ILogger log;

    /// <param name="tiers">The tier clients. Offline may be left out (an <see cref="OfflineChatClient"/> stands in); a
    /// missing remote tier is skipped. A remote client needs its endpoint in <paramref name="models"/> (its price).</param>
    /// <param name="zone">The business's time zone: budgets are per local day.</param>
    /// <param name="classify">Tells failures apart; null uses <see cref="TierFailure.Classify"/>.</param>
    public TierRouter(
        IReadOnlyDictionary<ModelTier, IChatClient> tiers, ModelsConfig models, TimeZoneInfo zone, TierHealth health,
        IModelLedger ledger, Func<Exception, TierFailure>? classify, TimeProvider time, ILogger log)
        : base(tiers.GetValueOrDefault(ModelTier.Offline) ?? new OfflineChatClient())
    {
        foreach (var (tier, client) in tiers.Where(t => t.Key != ModelTier.Offline))
        {
            if (models.For(tier) is null)
            {
                throw new ArgumentException($"The {tier.Name()} tier has a client but no endpoint in the models config, so its calls could not be priced.", nameof(tiers));
            }
            remote[tier] = client;
        }
        (this.models, this.zone, this.health, this.ledger, this.classify, this.time, this.log) =
            (models, zone, health, ledger, classify ?? TierFailure.Classify, time, log);
    }

    /// <summary>The tier an answer came from, or null when it did not come through a router.</summary>
    public static ModelTier? TierOf(ChatResponse response) =>
        response.AdditionalProperties?.TryGetValue(TierKey, out var value) == true && ModelTierNames.TryParse(value as string, out var tier) ? tier : null;

    /// <summary>Where a call starts: Complex or two constraints go to smart, everything else to fast, a forced tier to itself.</summary>
    public static ModelTier StartTier(ModelRoute? route) =>
        route?.Tier ?? (route is { Purpose: ModelPurpose.Complex } or { Constraints: >= 2 } ? ModelTier.Smart : ModelTier.Fast);

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var run = new RouteRun(ModelRoute.From(options), messages as IList<ChatMessage> ?? messages.ToList(), options);
        var escalates = run.Route?.Tier is null;
        var tier = await UsableFromAsync(StartTier(run.Route), run, cancellationToken);
        while (tier != ModelTier.Offline)
        {
            run.Tried.Add(tier);
            var (response, check) = await TryTierAsync(tier, run, cancellationToken);
            if (response is null)
            {
                if (run.Route?.Tier == tier)
                {
                    Log.ForcedTierFailed(log, tier.Name(), run.BusinessId);
                }
                run.Note($"failover: {run.Trail[^1]}");
                tier = await UsableFromAsync(tier - 1, run, cancellationToken);
                continue;
            }
            if (check.Valid && !(escalates && tier == ModelTier.Fast && check.Confidence < models.EscalateBelow))
            {
                return Finish(response, tier, run);
            }
            var reason = check.Valid
                ? $"fast confidence {check.Confidence:0.00} below {models.EscalateBelow:0.00}"
                : $"{tier.Name()} answer invalid twice ({check.Problem})";
            if (check.Valid)
            {
                run.Keep(response, tier, check.Confidence ?? 0);
            }
            var canEscalate = escalates && tier == ModelTier.Fast && !run.Tried.Contains(ModelTier.Smart);
            tier = canEscalate && await UsableAsync(ModelTier.Smart, run, cancellationToken) ? ModelTier.Smart : ModelTier.Offline;
            if (tier == ModelTier.Smart)
            {
                run.Note($"escalated: {reason}");
                Log.Escalated(log, run.Route?.Purpose.Name() ?? "", run.BusinessId, reason);
            }
        }
        return run.Best is { } best ? Finish(best.Response, best.Tier, run) : await OfflineAsync(run, cancellationToken);
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Routing needs the whole answer (to check it and cost it), so a stream is the routed answer replayed.
        var response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var client in remote.Values)
            {
                client.Dispose();
            }
        }
        base.Dispose(disposing);
    }

    // A tier gets a second try after an invalid answer; a second invalid answer (or a failure) ends its turn.
    private async Task<(ChatResponse? Response, AnswerCheck Check)> TryTierAsync(ModelTier tier, RouteRun run, CancellationToken ct)
    {
        var (response, check) = await CallAsync(tier, run, ct);
        if (response is null || check.Valid)
        {
            return (response, check);
        }
        run.Note($"retry: {tier.Name()} answer invalid ({check.Problem})");
        return await CallAsync(tier, run, ct);
    }

    private static ChatResponse Finish(ChatResponse response, ModelTier tier, RouteRun run)
    {
        response.AdditionalProperties ??= [];
        response.AdditionalProperties[TierKey] = tier.Name();
        response.AdditionalProperties[TrailKey] = string.Join(", ", run.Trail);
        return response;
    }
}
