using Tendero.Ai;
using Tendero.Core;

namespace Tendero.Config;

/// <summary>
/// Checks the <c>models:</c> section. A tier without a price is an error (a model call is never costed at zero); a tier
/// whose key is not set is off, and says so in <see cref="ModelsConfig.Notes"/>.
/// </summary>
internal static class ModelsMapper
{
    private static readonly Uri Groq = new("https://api.groq.com/openai/v1");
    private static readonly Uri AnthropicApi = new("https://api.anthropic.com");

    public static ModelsConfig Models(ModelsFile? file, FieldChecker check, Uri? simulator)
    {
        if (file is null)
        {
            return ModelsConfig.OfflineOnly;
        }
        var defaults = ModelsConfig.OfflineOnly;
        var notes = new List<string>();
        var escalateBelow = file.EscalateBelow ?? defaults.EscalateBelow;
        if (escalateBelow is < 0 or > 1 || double.IsNaN(escalateBelow))
        {
            check.Fail("models.escalate_below", $"{escalateBelow} is outside 0-1: it is the confidence under which a fast answer goes to smart");
        }
        var allowedFailures = file.AllowedFailures ?? defaults.AllowedFailures;
        if (allowedFailures < 1)
        {
            check.Fail("models.allowed_failures", $"{allowedFailures} is less than 1");
        }
        return new ModelsConfig
        {
            EscalateBelow = escalateBelow,
            Timeout = Duration("models.timeout", file.Timeout, defaults.Timeout, check),
            Cooldown = Duration("models.cooldown", file.Cooldown, defaults.Cooldown, check),
            FailureWindow = Duration("models.failure_window", file.FailureWindow, defaults.FailureWindow, check),
            AllowedFailures = Math.Max(1, allowedFailures),
            Fast = file.Fast is { } fast ? Endpoint(ModelTier.Fast, fast, check, simulator, notes) : null,
            Smart = file.Smart is { } smart ? Endpoint(ModelTier.Smart, smart, check, simulator, notes) : null,
            Notes = notes,
        };
    }

    private static ModelEndpoint? Endpoint(ModelTier tier, ModelTierFile f, FieldChecker check, Uri? simulator, List<string> notes)
    {
        var field = $"models.{tier.Name()}";
        var provider = (f.Provider ?? "").Trim().ToLowerInvariant() switch
        {
            "openai" => ModelProvider.OpenAiCompatible,
            "anthropic" => ModelProvider.Anthropic,
            "" => Fail<ModelProvider?>(check, $"{field}.provider", "is required: openai (any OpenAI-compatible endpoint, Groq by default) or anthropic"),
            var other => Fail<ModelProvider?>(check, $"{field}.provider", $"'{other}' is not openai or anthropic"),
        };
        var model = check.Required($"{field}.model", f.Model);
        var anthropic = provider == ModelProvider.Anthropic;
        var baseUrl = BaseUrl($"{field}.base_url", f.BaseUrl, anthropic, check, simulator);
        var price = Price(field, f, check);
        long? budget = null;
        if (f.DailyBudget is { } text)
        {
            budget = Money.TryParseAmount(text, out var micros, out var error) ? micros : Fail<long?>(check, $"{field}.daily_budget", error);
        }
        var variable = string.IsNullOrWhiteSpace(f.ApiKeyEnv) ? (anthropic ? "ANTHROPIC_API_KEY" : "GROQ_API_KEY") : f.ApiKeyEnv.Trim();
        var key = check.OptionalSecret(variable);
        if (key is null)
        {
            notes.Add($"{tier.Name()} tier off: {variable} is not set");
            return null;
        }
        return provider is { } p && price is not null ? new ModelEndpoint(tier, p, model, baseUrl, key, price, budget) : null;
    }

    // In simulator mode the fake servers stand in: the OpenAI SDK wants the /v1 prefix in its endpoint, Anthropic's adds it itself.
    private static Uri BaseUrl(string field, string? value, bool anthropic, FieldChecker check, Uri? simulator)
    {
        if (simulator is not null)
        {
            return anthropic ? simulator : new Uri(simulator.AbsoluteUri.TrimEnd('/') + "/v1");
        }
        return check.Url(field, value, anthropic ? AnthropicApi : Groq, null);
    }

    private static TokenPrice? Price(string field, ModelTierFile f, FieldChecker check)
    {
        var currency = (f.Currency ?? "USD").Trim();
        if (!Money.IsCurrency(currency))
        {
            check.Fail($"{field}.currency", $"'{f.Currency}' is not a three-letter currency code such as USD");
        }
        if (f.PricePerMillion is null)
        {
            check.Fail($"{field}.price_per_million", "is required: every model call gets a cost entry, so give { input: \"0.075\", output: \"0.30\" } per million tokens");
            return null;
        }
        var input = Amount($"{field}.price_per_million.input", f.PricePerMillion.Input, check);
        var output = Amount($"{field}.price_per_million.output", f.PricePerMillion.Output, check);
        return input is { } i && output is { } o && Money.IsCurrency(currency) ? new TokenPrice(i, o, currency) : null;
    }

    private static long? Amount(string field, string? text, FieldChecker check)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail<long?>(check, field, "is required (per million tokens, such as \"0.30\")");
        }
        return Money.TryParseAmount(text, out var micros, out var error) ? micros : Fail<long?>(check, field, error);
    }

    private static TimeSpan Duration(string field, string? text, TimeSpan fallback, FieldChecker check)
    {
        if (text is null)
        {
            return fallback;
        }
        if (Durations.TryParse(text, out var duration))
        {
            return duration;
        }
        check.Fail(field, $"'{text}' is not a duration such as 10s or 1m");
        return fallback;
    }

    private static T? Fail<T>(FieldChecker check, string field, string reason)
    {
        check.Fail(field, reason);
        return default;
    }
}
