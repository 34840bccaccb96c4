namespace Tendero.Ai.Eval;

/// <summary>One labelled utterance of an evaluation set: what was said, when, and what it means.</summary>
/// <param name="Line">The line of the JSONL file it came from (1-based), for reports.</param>
public sealed record NluCase(string Text, string Language, DateTimeOffset Now, string Intent, Slots Slots, int Line = 0);
