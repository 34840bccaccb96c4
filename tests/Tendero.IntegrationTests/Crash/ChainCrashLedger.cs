using Dapper;
using Tendero.IntegrationTests.Support;

namespace Tendero.IntegrationTests.Crash;

/// <summary>Where the chains stood when the server died, and what the ledger holds for them, read straight from the database.</summary>
internal sealed record ChainCrashLedger(IReadOnlyDictionary<string, int> ByStep, int BeforeTelegram, int PastTelegram, int PlainQueued)
{
    /// <summary>Read while no server runs: exactly what the killed process had committed.</summary>
    public static async Task<ChainCrashLedger> AtKillAsync(TestDatabase db)
    {
        await using var database = await db.OpenAsync();
        var chains = (await database.ReadAsync(c => c.QueryAsync<(long Step, string State)>(
            new CommandDefinition("SELECT step, state FROM chains")), default)).ToList();
        var plain = await database.ReadAsync(c => c.ExecuteScalarAsync<long>(
            new CommandDefinition("SELECT COUNT(*) FROM messages WHERE direction = 'out' AND chain_id IS NULL")), default);
        var byStep = chains.GroupBy(c => c.State == "active" ? $"step {c.Step}" : c.State).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count());
        return new ChainCrashLedger(byStep, chains.Count(c => c.State == "active" && c.Step <= 1),
            chains.Count(c => c.State == "active" && c.Step >= 3), (int)plain);
    }

    /// <summary>How many outbound messages each chain queued, whatever their status.</summary>
    public static async Task<IReadOnlyDictionary<long, int>> MessagesPerChainAsync(TestDatabase db)
    {
        await using var database = await db.OpenAsync();
        var rows = await database.ReadAsync(c => c.QueryAsync<(long ChainId, long Count)>(
            new CommandDefinition("SELECT chain_id, COUNT(*) FROM messages WHERE chain_id IS NOT NULL GROUP BY chain_id")), default);
        return rows.ToDictionary(r => r.ChainId, r => (int)r.Count);
    }

    public string Describe() => string.Join(", ", ByStep.Select(s => $"{s.Key}: {s.Value}"));
}
