using Tendero.Ai;
using Tendero.Config;

namespace Tendero.Tests.Config;

/// <summary>The models: section: prices in exact micro-units, tiers off without a key, and every mistake named by field.</summary>
public sealed class ModelsConfigTests : IDisposable
{
    private const string Models = """
        models:
          escalate_below: 0.8
          timeout: 15s
          cooldown: 1m
          fast:
            provider: openai
            model: openai/gpt-oss-20b
            base_url: https://api.groq.com/openai/v1
            api_key_env: GROQ_API_KEY
            price_per_million: { input: "0.075", output: "0.30" }
            currency: USD
            daily_budget: "0.50"
          smart:
            provider: anthropic
            model: claude-haiku-5-5
            api_key_env: ANTHROPIC_API_KEY
            price_per_million: { input: "0.50", output: "2.50" }
            daily_budget: "2.00"
        """;

    // Twilio's secrets for the minimal business, and no model keys.
    private static readonly Secrets NoModelKeys = new(v => v.StartsWith("TWILIO_", StringComparison.Ordinal) ? Secrets.DemoDefaults[v] : null, allowDemoDefaults: false);

    private readonly BusinessFiles files = new();

    public void Dispose() => files.Dispose();

    private BusinessConfig Load(string models, Secrets? secrets = null, Uri? simulator = null) =>
        BusinessLoader.LoadFile(files.Write("cafe.yaml", BusinessFiles.Minimal + "\n" + models), secrets ?? BusinessFiles.Demo, simulator);

    private string Fails(string models) => Assert.Throws<BusinessConfigException>(() => Load(models)).Message;

    [Fact]
    public void Load_FullSection_MapsPricesAndBudgetsExactly()
    {
        var models = Load(Models).Models;

        Assert.Equal((0.8, TimeSpan.FromSeconds(15), TimeSpan.FromMinutes(1)), (models.EscalateBelow, models.Timeout, models.Cooldown));
        Assert.Equal(new ModelEndpoint(ModelTier.Fast, ModelProvider.OpenAiCompatible, "openai/gpt-oss-20b", new Uri("https://api.groq.com/openai/v1"),
            "demo-groq-key", new TokenPrice(75_000, 300_000, "USD"), 500_000), models.Fast);
        Assert.Equal(new ModelEndpoint(ModelTier.Smart, ModelProvider.Anthropic, "claude-haiku-5-5", new Uri("https://api.anthropic.com"),
            "demo-anthropic-key", new TokenPrice(500_000, 2_500_000, "USD"), 2_000_000), models.Smart);
        Assert.Empty(models.Notes);
    }

    [Fact]
    public void Load_NoSection_IsOfflineOnly() =>
        Assert.Same(ModelsConfig.OfflineOnly, BusinessLoader.LoadFile(files.Write("cafe.yaml", BusinessFiles.Minimal), BusinessFiles.Demo, null).Models);

    [Fact]
    public void Load_KeysUnset_TiersAreOffWithANoteNotAnError()
    {
        var models = Load(Models, NoModelKeys).Models;

        Assert.Equal((null, null), (models.Fast, models.Smart));
        Assert.Equal(["fast tier off: GROQ_API_KEY is not set", "smart tier off: ANTHROPIC_API_KEY is not set"], models.Notes);
    }

    [Fact]
    public void Load_WithSimulator_PointsBothProvidersAtIt()
    {
        var models = Load(Models, simulator: new Uri("http://127.0.0.1:5099")).Models;

        Assert.Equal((new Uri("http://127.0.0.1:5099/v1"), new Uri("http://127.0.0.1:5099")), (models.Fast!.BaseUrl, models.Smart!.BaseUrl));
    }

    [Fact]
    public void Load_PriceMissing_IsAnErrorNamingTheFieldNeverZero()
    {
        var message = Fails(Models.Replace("""    price_per_million: { input: "0.50", output: "2.50" }""", "", StringComparison.Ordinal));

        Assert.Contains("models.smart.price_per_million: is required", message);
    }

    [Fact]
    public void Load_PriceMissingEvenWithoutKey_IsStillAnError()
    {
        var yaml = Models.Replace("""    price_per_million: { input: "0.075", output: "0.30" }""", "", StringComparison.Ordinal);

        var message = Assert.Throws<BusinessConfigException>(() => Load(yaml, NoModelKeys)).Message;

        Assert.Contains("models.fast.price_per_million: is required", message);
    }

    [Theory]
    [InlineData("""{ input: "0.075", output: "0.30" }""", """{ input: "0.075" }""", "models.fast.price_per_million.output: is required")]
    [InlineData("provider: openai", "provider: groq", "models.fast.provider: 'groq' is not openai or anthropic")]
    [InlineData("base_url: https://api.groq.com/openai/v1", "base_url: groq.com", "models.fast.base_url: 'groq.com' is not an http(s) URL")]
    [InlineData("daily_budget: \"0.50\"", "daily_budget: \"0,50\"", "models.fast.daily_budget: '0,50' uses a comma")]
    [InlineData("""{ input: "0.075", output: "0.30" }""", """{ input: "-1", output: "0.30" }""", "models.fast.price_per_million.input: '-1' is negative")]
    [InlineData("currency: USD", "currency: dollars", "models.fast.currency:")]
    [InlineData("timeout: 15s", "timeout: soon", "models.timeout: 'soon' is not a duration")]
    [InlineData("escalate_below: 0.8", "escalate_below: 2", "models.escalate_below: 2 is outside 0-1")]
    [InlineData("model: claude-haiku-5-5", "model: \"\"", "models.smart.model: is required")]
    public void Load_BadField_IsNamed(string good, string bad, string error) =>
        Assert.Contains(error, Fails(Models.Replace(good, bad, StringComparison.Ordinal)));
}
