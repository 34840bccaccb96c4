using Dapper;

namespace Tendero.Storage;

/// <summary>Totals for the status page: alerts by state and outcome, and what the messages cost.</summary>
public sealed class DeliveryTotals(IDatabase database)
{
    public Task<IReadOnlyList<ChainCount>> ChainsAsync(CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<ChainCount>>(async c => (await c.QueryAsync<ChainCount>(new CommandDefinition(
            """
            SELECT business_id AS BusinessId, state, COALESCE(outcome, '') AS Outcome, COUNT(*) AS Count
              FROM chains GROUP BY business_id, state, outcome ORDER BY business_id, state, outcome
            """, cancellationToken: ct))).ToList(), ct);

    public Task<IReadOnlyList<CostTotal>> CostsAsync(CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<CostTotal>>(async c => (await c.QueryAsync<CostTotal>(new CommandDefinition(
            """
            SELECT business_id AS BusinessId, COALESCE(channel, '') AS Channel, currency, COUNT(*) AS Entries,
                   SUM(units) AS Units, SUM(amount_micros) AS AmountMicros
              FROM costs GROUP BY business_id, channel, currency ORDER BY business_id, channel, currency
            """, cancellationToken: ct))).ToList(), ct);
}

public sealed class ChainCount
{
    public string BusinessId { get; set; } = "";
    public string State { get; set; } = "";
    public string Outcome { get; set; } = "";
    public long Count { get; set; }
}

/// <summary>What a business's messages on one channel cost, in micro-units of <see cref="Currency"/>.</summary>
public sealed class CostTotal
{
    public string BusinessId { get; set; } = "";
    public string Channel { get; set; } = "";
    public string Currency { get; set; } = "";
    public long Entries { get; set; }
    public long Units { get; set; }
    public long AmountMicros { get; set; }
}
