namespace Tendero.Solutions.Reservations.Eval;

/// <summary>Plays every case, two at a time (each has its own book and state, so order does not matter).</summary>
public static class ConversationEval
{
    public static async Task<ConversationEvalReport> RunAsync(
        ConversationPlayer player, IReadOnlyList<ConversationCase> cases, string tier, CancellationToken ct)
    {
        var results = new ConversationResult[cases.Count];
        await Parallel.ForAsync(0, cases.Count, new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = ct },
            async (i, token) => results[i] = await player.PlayAsync(cases[i], token));
        return new ConversationEvalReport(tier, results);
    }
}
