using Microsoft.Extensions.AI;
using Tendero.Config;
using Tendero.Core;

namespace Tendero.Ai.Routing;

// One call to one tier, its cost entry, and whether a tier may be called now (present, not resting, within budget).
public sealed partial class TierRouter
{
    private const int ErrorLength = 500;

    /// <summary>The first tier from <paramref name="from"/> down that may be called and was not tried yet; offline at worst.</summary>
    private async Task<ModelTier> UsableFromAsync(ModelTier from, RouteRun run, CancellationToken ct)
    {
        for (var tier = from; tier > ModelTier.Offline; tier--)
        {
            if (!run.Tried.Contains(tier) && await UsableAsync(tier, run, ct))
            {
                return tier;
            }
        }
        return ModelTier.Offline;
    }

    private async Task<bool> UsableAsync(ModelTier tier, RouteRun run, CancellationToken ct)
    {
        if (!remote.ContainsKey(tier) || models.For(tier) is not { } endpoint)
        {
            return false;
        }
        // A forced tier is called even while it rests: the eval asked for that tier by name.
        if (run.Route?.Tier != tier && health.RestingUntil(run.BusinessId, tier) is { } until)
        {
            run.Note($"skipped: {tier.Name()} resting until {until:O}");
            return false;
        }
        if (endpoint.DailyBudgetMicros is not { } budget || run.BusinessId.Length == 0)
        {
            return true;
        }
        var now = time.GetUtcNow();
        var spent = await ledger.SpentSinceAsync(run.BusinessId, tier, LocalDay.Start(now, zone), ct);
        if (spent < budget)
        {
            return true;
        }
        var amount = $"{Money.FormatAmount(budget)} {endpoint.Price.Currency}";
        run.Note($"degraded: {tier.Name()} budget {amount} reached");
        if (health.FirstBudgetWarning(run.BusinessId, tier, LocalDay.Of(now, zone)))
        {
            Log.BudgetReached(log, tier.Name(), run.BusinessId, amount);
        }
        return false;
    }

    /// <summary>Calls a remote tier within the timeout and records it. A null response means the call failed (and was recorded).</summary>
    private async Task<(ChatResponse? Response, AnswerCheck Check)> CallAsync(ModelTier tier, RouteRun run, CancellationToken ct)
    {
        var endpoint = models.For(tier)!;
        var at = time.GetUtcNow();
        var started = time.GetTimestamp();
        var note = run.TakeNotes();
        using var timeout = new CancellationTokenSource(models.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        ChatResponse response;
        try
        {
            response = await remote[tier].GetResponseAsync(run.Messages, ForTier(run.Options, endpoint), linked.Token);
        }
        catch (Exception e) when (ct.IsCancellationRequested)
        {
            await RecordFailureAsync(tier, endpoint.Model, CallOutcome.Cancelled, e.Message, note, run, at, started, CancellationToken.None);
            throw;
        }
        catch (Exception e)
        {
            var failure = timeout.IsCancellationRequested ? new TierFailure(FailureKind.Timeout) : classify(e);
            var outcome = CallOutcomeNames.Of(failure.Kind);
            var error = timeout.IsCancellationRequested ? $"no answer within {Durations.Format(models.Timeout)}" : e.Message;
            Log.TierFailed(log, tier.Name(), run.BusinessId, outcome.Name(), error);
            if (health.RecordFailure(run.BusinessId, tier, failure, models) is { } until)
            {
                Log.TierResting(log, tier.Name(), run.BusinessId, until);
            }
            await RecordFailureAsync(tier, endpoint.Model, outcome, error, note, run, at, started, ct);
            return (null, AnswerCheck.Invalid(error));
        }
        var check = run.Check(response.Text);
        var (input, output) = (response.Usage?.InputTokenCount ?? 0, response.Usage?.OutputTokenCount ?? 0);
        var entry = new ModelCall(run.BusinessId, tier, endpoint.Model, run.Route?.Purpose, input, output, Elapsed(started),
            check.Valid ? CallOutcome.Ok : CallOutcome.Invalid, check.Problem, endpoint.Price.CostMicros(input, output),
            endpoint.Price.Currency, note, at);
        await RecordAsync(entry, run, ct);
        return (response, check);
    }

    private async Task<ChatResponse> OfflineAsync(RouteRun run, CancellationToken ct)
    {
        if (run.Route?.Offline is null)
        {
            var trail = run.Trail.Count == 0 ? "no remote tier is on" : string.Join(", ", run.Trail);
            throw new ModelUnavailableException(
                $"No model tier could answer this {run.Route?.Purpose.Name() ?? "unrouted"} call ({trail}), and it has no offline answer.");
        }
        var at = time.GetUtcNow();
        var started = time.GetTimestamp();
        var note = run.TakeNotes();
        ChatResponse response;
        try
        {
            response = await base.GetResponseAsync(run.Messages, run.Options, ct);
        }
        catch (Exception e)
        {
            await RecordFailureAsync(ModelTier.Offline, OfflineChatClient.ModelId, CallOutcome.Failed, e.Message, note, run, at, started, CancellationToken.None);
            throw;
        }
        var check = run.Check(response.Text);
        await RecordAsync(new ModelCall(run.BusinessId, ModelTier.Offline, OfflineChatClient.ModelId, run.Route.Purpose, 0, 0, Elapsed(started),
            check.Valid ? CallOutcome.Ok : CallOutcome.Invalid, check.Problem, 0, Currency, note, at), run, ct);
        return Finish(response, ModelTier.Offline, run);
    }

    private Task RecordFailureAsync(
        ModelTier tier, string model, CallOutcome outcome, string error, string? note, RouteRun run, DateTimeOffset at, long started, CancellationToken ct) =>
        RecordAsync(new ModelCall(run.BusinessId, tier, model, run.Route?.Purpose, 0, 0, Elapsed(started), outcome,
            error.Length > ErrorLength ? error[..ErrorLength] : error, 0, models.For(tier)?.Price.Currency ?? Currency, note, at), run, ct);

    private Task RecordAsync(ModelCall call, RouteRun run, CancellationToken ct)
    {
        run.Trail.Add($"{call.Tier.Name()}:{call.Outcome.Name()}");
        return ledger.RecordAsync(call, ct);
    }

    private long Elapsed(long started) => (long)time.GetElapsedTime(started).TotalMilliseconds;

    // The offline tier costs nothing, in the currency the business's models are priced in.
    private string Currency => models.Fast?.Price.Currency ?? models.Smart?.Price.Currency ?? "USD";

    // The provider gets the tier's own model id and not our route; Claude 5.x refuses sampling settings (REFERENCE §4.3).
    private static ChatOptions ForTier(ChatOptions? options, ModelEndpoint endpoint)
    {
        var copy = options?.Clone() ?? new ChatOptions();
        copy.ModelId = endpoint.Model;
        copy.AdditionalProperties?.Remove(ModelRoute.Key);
        if (endpoint.Provider == ModelProvider.Anthropic)
        {
            (copy.Temperature, copy.TopP, copy.TopK) = (null, null, null);
        }
        return copy;
    }
}
