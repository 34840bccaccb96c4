using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Tendero.Ai.Offline;
using Tendero.Ai.Routing;
using Tendero.Ai.Templates;
using Tendero.Ai.Tiers;
using Tendero.Ai.Understand;
using Tendero.Config;

namespace Tendero.Ai;

/// <summary>
/// The model layer as the rest of Tendero sees it: one router per business over its tiers (the real SDKs for fast and
/// smart, the local classifier offline), and the calls built on it: understanding a customer's text and filling a template.
/// </summary>
/// <param name="speed">How much faster than real time <paramref name="time"/> runs (the demo's --speed): a model call's
/// timeout must stay real, so the router's (on <paramref name="time"/>) is stretched by it.</param>
public sealed partial class ModelGateway(
    IModelLedger ledger, TierHealth health, TimeProvider time, ILoggerFactory logs, double speed = 1) : IUnderstander, ITemplateFiller
{
    private readonly ConcurrentDictionary<string, IChatClient> routers = new();
    private readonly ILogger log = logs.CreateLogger<ModelGateway>();

    /// <summary>The business's router (a <see cref="TierRouter"/>), built on first use.</summary>
    public IChatClient RouterFor(BusinessConfig business) => routers.GetOrAdd(business.Id, _ => Build(business));

    public Task<Understood> UnderstandAsync(BusinessConfig business, string text, DateTimeOffset at, CancellationToken ct) =>
        UnderstandAsync(business, text, at, null, ct);

    /// <param name="tier">Forces one tier (the eval command's <c>--tier</c>); null lets the router choose.</param>
    public async Task<Understood> UnderstandAsync(BusinessConfig business, string text, DateTimeOffset at, ModelTier? tier, CancellationToken ct)
    {
        // The offline reading is cheap (about a millisecond): it answers for the offline tier and counts the constraints.
        var offline = OfflineNlu.Shared.Understand(text, at, business.Language);
        var route = new ModelRoute
        {
            BusinessId = business.Id,
            Purpose = ModelPurpose.Classify,
            Constraints = ConstraintCount.Of(text, offline),
            Tier = tier,
            Check = UnderstandingCheck.Check,
            Offline = () => JsonSerializer.Serialize(offline),
        };
        var options = route.ApplyTo(new ChatOptions
        {
            ResponseFormat = ChatResponseFormat.ForJsonSchema<Understanding>(),
            MaxOutputTokens = 300,
        });
        var response = await RouterFor(business).GetResponseAsync(UnderstandingPrompt.For(business, text, at), options, ct);
        var answeredBy = TierRouter.TierOf(response) ?? ModelTier.Offline;
        if (UnderstandingCheck.TryParse(response.Text, out var understanding, out var problem))
        {
            return new Understood(understanding, answeredBy);
        }
        // The router hands back its best effort even when nothing was valid; the offline reading is always valid.
        Log.Unusable(log, business.Id, answeredBy.Name(), problem);
        return new Understood(offline, ModelTier.Offline);
    }

    /// <summary>A template's parameters and an SMS version of an alert, through the business's router.</summary>
    public Task<TemplateFill> FillTemplateAsync(
        BusinessConfig business, WhatsAppTemplate template, string text, IReadOnlyDictionary<string, string> data, CancellationToken ct) =>
        new TemplateFiller(RouterFor(business)).FillAsync(business.Id, template, text, data, business.Sms, ct);

    private TierRouter Build(BusinessConfig business)
    {
        var models = business.Models;
        var tiers = new Dictionary<ModelTier, IChatClient> { [ModelTier.Offline] = new OfflineChatClient() };
        foreach (var endpoint in new[] { models.Fast, models.Smart }.OfType<ModelEndpoint>())
        {
            tiers[endpoint.Tier] = TierClients.Create(endpoint, models.Timeout, time);
        }
        var onClock = models with { Timeout = models.Timeout * speed };
        return new TierRouter(tiers, onClock, business.TimeZone, health, ledger, Classify, time, logs.CreateLogger<TierRouter>());
    }

    /// <summary>The SDK-aware classifier (status codes, Retry-After) in the router's terms; the plain one for anything else.</summary>
    private static TierFailure Classify(Exception error)
    {
        if (!ModelFailure.TryClassify(error, out var failure) || failure is null)
        {
            return TierFailure.Classify(error);
        }
        var kind = failure.Kind switch
        {
            ModelFailureKind.RateLimited => FailureKind.RateLimited,
            ModelFailureKind.Timeout => FailureKind.Timeout,
            ModelFailureKind.Configuration or ModelFailureKind.SpendLimit => FailureKind.Permanent,
            _ => FailureKind.Transient,
        };
        return new TierFailure(kind, failure.RetryAfter);
    }

    private static partial class Log
    {
        [LoggerMessage(90, LogLevel.Warning, "{Business}: no tier gave a usable reading (last from {Tier}: {Problem}); the offline reading is used")]
        public static partial void Unusable(ILogger log, string business, string tier, string problem);
    }
}
