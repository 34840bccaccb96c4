using Tendero.Ai;
using Tendero.Config;

namespace Tendero.Cli.Eval;

/// <summary>
/// The business an eval runs for, and whether the tier asked for can answer. The eval never sends a message, so channel
/// secrets may take their demo values; model keys may not (unless --simulate), because a demo key is refused by the real
/// provider and an eval "of the fast tier" that silently fell back to offline would report the wrong model's figures.
/// </summary>
internal static class EvalBusiness
{
    private static readonly HashSet<string> ModelKeys = ["GROQ_API_KEY", "ANTHROPIC_API_KEY"];

    public static Secrets SecretsFor(Func<string, string?> environment, bool simulate) =>
        new(variable => environment(variable) is { Length: > 0 } value ? value
            : simulate || !ModelKeys.Contains(variable) ? Secrets.DemoDefaults.GetValueOrDefault(variable) : null,
            allowDemoDefaults: false);

    /// <summary>The business named by --business; without it the only one, or la-fonda. Null and a sentence when none fits.</summary>
    public static (BusinessConfig? Business, string? Problem) Pick(IReadOnlyList<BusinessConfig> all, string? id, string dir)
    {
        var ids = string.Join(", ", all.Select(b => b.Id));
        if (id is not null)
        {
            return all.FirstOrDefault(b => b.Id == id) is { } named
                ? (named, null)
                : (null, $"there is no business '{id}' in {dir}" + (all.Count == 0 ? "." : $"; there is {ids}."));
        }
        return all switch
        {
            [] => (null, $"{dir} holds no business files (<id>.yaml); point --businesses at the folder that does."),
            [var only] => (only, null),
            _ when all.FirstOrDefault(b => b.Id == "la-fonda") is { } fonda => (fonda, null),
            _ => (null, $"{dir} holds several businesses ({ids}); pick one with --business."),
        };
    }

    /// <summary>Why a forced tier cannot answer for this business, or null when it can (offline and auto always can).</summary>
    public static string? TierProblem(BusinessConfig business, ModelTier? tier, bool simulate)
    {
        if (tier is null or ModelTier.Offline || business.Models.For(tier.Value) is not null)
        {
            return null;
        }
        var name = tier.Value.Name();
        var off = $"{name} tier off: ";
        if (business.Models.Notes.FirstOrDefault(n => n.StartsWith(off, StringComparison.Ordinal)) is { } note)
        {
            // With --simulate only a key under a name of the business's own has no demo value; the simulator takes any.
            var fix = simulate ? "set it to any value to evaluate against the built-in simulator" : "use --simulate to evaluate against the built-in simulator";
            return $"the {name} tier is off: {note[off.Length..]}; {fix}.";
        }
        return $"the {name} tier is not configured for {business.Id}: add models.{name} to {business.SourceFile}, or evaluate with --tier offline or auto.";
    }
}
