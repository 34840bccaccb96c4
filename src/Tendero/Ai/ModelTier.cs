namespace Tendero.Ai;

/// <summary>The three tiers, cheapest first. The router fails over downwards (smart → fast → offline).</summary>
public enum ModelTier
{
    /// <summary>Local: the ML.NET classifier and rule-based slots. No key, no network, no cost.</summary>
    Offline = 0,

    /// <summary>A cheap, fast OpenAI-compatible model (Groq by default).</summary>
    Fast = 1,

    /// <summary>Claude, for the complex cases.</summary>
    Smart = 2,
}

/// <summary>What a model call is for. The router picks the tier from it, and the cost entry records it.</summary>
public enum ModelPurpose
{
    /// <summary>Intent, confidence and slots of an inbound text (answers an <see cref="Understanding"/>).</summary>
    Classify,

    /// <summary>Pull structured fields out of a text.</summary>
    Extract,

    /// <summary>Fill a WhatsApp template's parameters and write an SMS version of an alert.</summary>
    FillTemplate,

    /// <summary>A short reply to a customer.</summary>
    Reply,

    /// <summary>A request that needs reasoning (dietary needs across several dishes, a change plus a complaint).</summary>
    Complex,
}

public static class ModelTierNames
{
    public static string Name(this ModelTier tier) => tier switch
    {
        ModelTier.Offline => "offline",
        ModelTier.Fast => "fast",
        ModelTier.Smart => "smart",
        _ => throw new ArgumentOutOfRangeException(nameof(tier)),
    };

    public static string Name(this ModelPurpose purpose) => purpose switch
    {
        ModelPurpose.Classify => "classify",
        ModelPurpose.Extract => "extract",
        ModelPurpose.FillTemplate => "fill_template",
        ModelPurpose.Reply => "reply",
        ModelPurpose.Complex => "complex",
        _ => throw new ArgumentOutOfRangeException(nameof(purpose)),
    };

    public static bool TryParse(string? text, out ModelTier tier)
    {
        (var ok, tier) = text?.Trim().ToLowerInvariant() switch
        {
            "offline" => (true, ModelTier.Offline),
            "fast" => (true, ModelTier.Fast),
            "smart" => (true, ModelTier.Smart),
            _ => (false, ModelTier.Offline),
        };
        return ok;
    }
}
