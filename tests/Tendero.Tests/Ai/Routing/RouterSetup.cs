using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Time.Testing;
using Tendero.Ai;
using Tendero.Ai.Routing;
using Tendero.Config;

namespace Tendero.Tests.Ai.Routing;

/// <summary>
/// A router for la-fonda (America/Panama, UTC-5) on a fake clock at 10:00 local, priced as REFERENCE §4.5: fast
/// openai/gpt-oss-20b at 0.075/0.30 USD and smart claude-haiku-5-5 at 0.50/2.50 USD per million tokens.
/// </summary>
internal sealed class RouterSetup
{
    public const string Business = "la-fonda";

    public static readonly TimeZoneInfo Panama = TimeZoneInfo.FindSystemTimeZoneById("America/Panama");

    public static readonly ModelEndpoint Fast = new(ModelTier.Fast, ModelProvider.OpenAiCompatible, "openai/gpt-oss-20b",
        new Uri("https://api.groq.com/openai/v1"), "k", new TokenPrice(75_000, 300_000, "USD"), null);

    public static readonly ModelEndpoint Smart = new(ModelTier.Smart, ModelProvider.Anthropic, "claude-haiku-5-5",
        new Uri("https://api.anthropic.com"), "k", new TokenPrice(500_000, 2_500_000, "USD"), null);

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 26, 15, 0, 0, TimeSpan.Zero));

    public MemoryLedger Ledger { get; } = new();

    public ListLogger Log { get; } = new();

    public TierHealth Health { get; }

    public ModelsConfig Models { get; set; } = new() { Fast = Fast, Smart = Smart };

    public Func<Exception, TierFailure>? Classify { get; set; }

    public RouterSetup() => Health = new TierHealth(Time);

    public TierRouter Router(IChatClient? fast, IChatClient? smart)
    {
        var tiers = new Dictionary<ModelTier, IChatClient>();
        if (fast is not null)
        {
            tiers[ModelTier.Fast] = fast;
        }
        if (smart is not null)
        {
            tiers[ModelTier.Smart] = smart;
        }
        return new TierRouter(tiers, Models, Panama, Health, Ledger, Classify, Time, Log);
    }

    /// <summary>A route whose answers are <c>{"c": confidence}</c>: anything else is invalid. Offline answers {"c":0.5,"offline":true}.</summary>
    public static ChatOptions Route(ModelPurpose purpose = ModelPurpose.Classify, int constraints = 0, ModelTier? tier = null, bool offline = true) =>
        new ModelRoute
        {
            BusinessId = Business,
            Purpose = purpose,
            Constraints = constraints,
            Tier = tier,
            Check = Confidence,
            Offline = offline ? () => """{"c":0.5,"offline":true}""" : null,
        }.ApplyTo(null);

    public static string Answer(double confidence) => $$"""{"c":{{confidence.ToString(CultureInfo.InvariantCulture)}}}""";

    public static Task<ChatResponse> AskAsync(IChatClient router, ChatOptions options, CancellationToken ct = default) =>
        router.GetResponseAsync([new ChatMessage(ChatRole.User, "mesa para 4 mañana a las 21h")], options, ct);

    private static AnswerCheck Confidence(string text)
    {
        try
        {
            using var json = JsonDocument.Parse(text);
            return json.RootElement.TryGetProperty("c", out var c) ? AnswerCheck.Ok(c.GetDouble()) : AnswerCheck.Invalid("no confidence");
        }
        catch (JsonException)
        {
            return AnswerCheck.Invalid("not JSON");
        }
    }
}
