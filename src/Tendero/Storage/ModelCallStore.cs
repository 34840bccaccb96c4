using Dapper;
using Tendero.Ai;
using Tendero.Ai.Routing;

namespace Tendero.Storage;

/// <summary>The cost ledger of model calls: what the router records, the spend its budgets read, and totals for the cost view.</summary>
public sealed class ModelCallStore(IDatabase database) : IModelLedger
{
    public Task RecordAsync(ModelCall call, CancellationToken ct) =>
        database.WriteAsync((c, t) => c.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO model_calls (business_id, tier, model, purpose, input_tokens, output_tokens, latency_ms, outcome, error,
                                     amount_micros, currency, note, created_at)
            VALUES (@businessId, @tier, @model, @purpose, @input, @output, @latency, @outcome, @error, @amount, @currency, @note, @at)
            """,
            new
            {
                businessId = call.BusinessId, tier = call.Tier.Name(), model = call.Model, purpose = call.Purpose?.Name(),
                input = call.InputTokens, output = call.OutputTokens, latency = call.LatencyMs, outcome = call.Outcome.Name(),
                error = call.Error, amount = call.AmountMicros, currency = call.Currency, note = call.Note, at = call.At.Ms(),
            }, t, cancellationToken: ct)), ct);

    public Task<long> SpentSinceAsync(string businessId, ModelTier tier, DateTimeOffset since, CancellationToken ct) =>
        database.ReadAsync(c => c.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            SELECT CAST(COALESCE(SUM(amount_micros), 0) AS BIGINT) FROM model_calls
             WHERE business_id = @businessId AND tier = @tier AND created_at >= @since
            """,
            new { businessId, tier = tier.Name(), since = since.Ms() }, cancellationToken: ct)), ct);

    /// <summary>
    /// Calls, tokens and cost by business, tier and currency for calls made in [<paramref name="from"/>, <paramref name="until"/>):
    /// pass the business's local midnights for a range of days. <paramref name="businessId"/> null takes every business.
    /// </summary>
    public Task<IReadOnlyList<ModelCallTotal>> TotalsAsync(string? businessId, DateTimeOffset from, DateTimeOffset until, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<ModelCallTotal>>(async c => (await c.QueryAsync<ModelCallTotal>(new CommandDefinition(
            $"""
            SELECT business_id AS BusinessId, tier, currency, COUNT(*) AS Calls,
                   SUM(CASE WHEN outcome = 'ok' THEN 0 ELSE 1 END) AS NotOk,
                   SUM(CASE WHEN note LIKE '%degraded:%' THEN 1 ELSE 0 END) AS Degraded,
                   SUM(CASE WHEN note LIKE '%escalated:%' THEN 1 ELSE 0 END) AS Escalated,
                   SUM(input_tokens) AS InputTokens, SUM(output_tokens) AS OutputTokens, SUM(amount_micros) AS AmountMicros
              FROM model_calls
             WHERE created_at >= @from AND created_at < @until {(businessId is null ? "" : "AND business_id = @businessId")}
             GROUP BY business_id, tier, currency ORDER BY business_id, tier, currency
            """,
            new { businessId, from = from.Ms(), until = until.Ms() }, cancellationToken: ct))).ToList(), ct);

    /// <summary>A business's calls, newest first, for the cost view and the tests.</summary>
    public Task<IReadOnlyList<ModelCallRow>> RecentAsync(string businessId, int limit, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<ModelCallRow>>(async c => (await c.QueryAsync<ModelCallRow>(new CommandDefinition(
            """
            SELECT id, business_id AS BusinessId, tier, model, purpose, input_tokens AS InputTokens, output_tokens AS OutputTokens,
                   latency_ms AS LatencyMs, outcome, error, amount_micros AS AmountMicros, currency, note, created_at AS CreatedAt
              FROM model_calls WHERE business_id = @businessId ORDER BY id DESC LIMIT @limit
            """,
            new { businessId, limit }, cancellationToken: ct))).ToList(), ct);
}
