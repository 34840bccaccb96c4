namespace Tendero.Solutions.Reservations.Eval;

/// <summary>One conversation played: whether it ended in the expected state, why not, and what was said.</summary>
public sealed record ConversationResult(string Id, bool Passed, string? Reason, IReadOnlyList<string> Transcript);
