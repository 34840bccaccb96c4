namespace Tendero.Config;

// The models: section as written by a person. ModelsMapper checks every field and names the bad one.
internal sealed class ModelsFile
{
    public double? EscalateBelow { get; set; }
    public string? Timeout { get; set; }
    public string? Cooldown { get; set; }
    public int? AllowedFailures { get; set; }
    public string? FailureWindow { get; set; }
    public ModelTierFile? Fast { get; set; }
    public ModelTierFile? Smart { get; set; }
}

internal sealed class ModelTierFile
{
    public string? Provider { get; set; }
    public string? Model { get; set; }
    public string? BaseUrl { get; set; }
    public string? ApiKeyEnv { get; set; }
    public TokenPriceFile? PricePerMillion { get; set; }
    public string? Currency { get; set; }
    public string? DailyBudget { get; set; }
}

internal sealed class TokenPriceFile
{
    public string? Input { get; set; }
    public string? Output { get; set; }
}
