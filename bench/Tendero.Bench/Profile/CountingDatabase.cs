using System.Data.Common;
using System.Diagnostics;
using Tendero.Storage;

namespace Tendero.Bench.Profile;

/// <summary>
/// Wraps the SQLite database to see its group commit from outside: a new transaction object means a new batch, the
/// time inside each write is the SQL (Dapper, prepare, execute), and the gap between two batches is the commit (fsync),
/// the savepoints, waking the callers and gathering the next batch. Writes run one at a time on the writer, so plain fields do.
/// </summary>
internal sealed class CountingDatabase(IDatabase inner) : IDatabase
{
    private readonly List<int> batchSizes = [];
    private DbTransaction? current;
    private int inBatch;
    private long workTicks;
    private long gapTicks;
    private long lastEnd;

    public Dialect Dialect => inner.Dialect;

    public string Description => inner.Description;

    public Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken ct) =>
        inner.WriteAsync(async (connection, transaction) =>
        {
            var start = Stopwatch.GetTimestamp();
            if (!ReferenceEquals(transaction, current))
            {
                Close();
                current = transaction;
                gapTicks += lastEnd == 0 ? 0 : start - lastEnd;
            }
            inBatch++;
            try
            {
                return await work(connection, transaction);
            }
            finally
            {
                lastEnd = Stopwatch.GetTimestamp();
                workTicks += lastEnd - start;
            }
        }, ct);

    public Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken ct) => inner.ReadAsync(work, ct);

    public DbCommand Reusable(DbConnection connection, DbTransaction transaction, string sql) => inner.Reusable(connection, transaction, sql);

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    /// <summary>Forgets what was seen so far (call after the warm-up).</summary>
    public void Reset()
    {
        batchSizes.Clear();
        (current, inBatch, workTicks, gapTicks, lastEnd) = (null, 0, 0, 0, 0);
    }

    public string Describe()
    {
        Close();
        if (batchSizes.Count == 0)
        {
            return "no writes";
        }
        var sorted = batchSizes.Order().ToArray();
        var writes = sorted.Sum();
        return $"{writes:N0} writes in {sorted.Length:N0} commits: batch mean {writes / (double)sorted.Length:F1}, "
            + $"p50 {sorted[sorted.Length / 2]}, p90 {sorted[sorted.Length * 9 / 10]}, max {sorted[^1]}; "
            + $"SQL inside a write {Micro(workTicks) / writes:F1} µs; between batches (commit, fsync, wake-ups, idle) "
            + $"{Micro(gapTicks) / 1000 / Math.Max(1, sorted.Length - 1):F2} ms; writer busy in SQL {Micro(workTicks) / Micro(workTicks + gapTicks):P0}";
    }

    private void Close()
    {
        if (inBatch > 0)
        {
            batchSizes.Add(inBatch);
        }
        inBatch = 0;
        current = null;
    }

    private static double Micro(long ticks) => ticks * 1_000_000.0 / Stopwatch.Frequency;
}
