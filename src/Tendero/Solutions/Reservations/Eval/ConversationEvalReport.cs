namespace Tendero.Solutions.Reservations.Eval;

/// <summary>The run's figure: the share of conversations that end in the expected booking state, and the misses.</summary>
public sealed record ConversationEvalReport(string Tier, IReadOnlyList<ConversationResult> Results)
{
    public int Passed => Results.Count(r => r.Passed);

    public double Share => Results.Count == 0 ? 0 : (double)Passed / Results.Count;

    public IEnumerable<ConversationResult> Misses => Results.Where(r => !r.Passed);
}
