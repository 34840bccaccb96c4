namespace Tendero.Ai.Routing;

/// <summary>
/// Where the router writes a cost entry for every model call, and reads what a tier has spent today for its budget.
/// <see cref="Storage.ModelCallStore"/> is the database one; tests keep the entries in a list.
/// </summary>
public interface IModelLedger
{
    Task RecordAsync(ModelCall call, CancellationToken ct);

    /// <summary>The sum, in micro-units, of what <paramref name="tier"/> has cost <paramref name="businessId"/> since <paramref name="since"/>.</summary>
    Task<long> SpentSinceAsync(string businessId, ModelTier tier, DateTimeOffset since, CancellationToken ct);
}
