namespace Tendero.Cli.Eval;

/// <summary>What <c>tendero eval nlu</c> was asked: the file, the tier ("auto" or a tier's name) and the rest of its flags.</summary>
internal sealed record NluEvalRequest(string File, string Tier, string? Business, string BusinessesDir, bool Simulate, bool Json);
