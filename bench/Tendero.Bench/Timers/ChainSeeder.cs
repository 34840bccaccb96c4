using System.Data.Common;
using Dapper;
using Tendero.Storage;

namespace Tendero.Bench.Timers;

/// <summary>
/// Puts pending chains in the table with the INSERT of <see cref="ChainStore.StartAsync"/>, except that <c>next_at</c>
/// is given (StartAsync makes a chain due at once). One call to the store per chain would pay one commit per chain;
/// here <c>batch</c> rows share one transaction on the server's writer, on a command prepared once per transaction.
/// </summary>
internal static class ChainSeeder
{
    private const string Insert =
        """
        INSERT INTO chains (business_id, policy, person_id, critical, text, data, plan, step, state, next_at, since_id,
                            version, idempotency_key, created_at, updated_at)
        VALUES (@business, @policy, @person, 0, @text, NULL, @plan, 0, 'active', @nextAt,
                (SELECT COALESCE(MAX(id), 0) FROM messages), 0, NULL, @now, @now)
        RETURNING id
        """;

    /// <summary>Inserts <paramref name="count"/> chains, the i-th due at <paramref name="nextAtMs"/>(i). Returns their ids in order.</summary>
    public static async Task<long[]> InsertAsync(
        IDatabase database, string plan, int count, Func<int, long> nextAtMs, int batch, long nowMs, CancellationToken ct)
    {
        var ids = new long[count];
        for (var first = 0; first < count; first += batch)
        {
            var from = first;
            var to = Math.Min(count, first + batch);
            await database.WriteAsync(async (c, t) =>
            {
                await using var command = c.CreateCommand();
                command.Transaction = t;
                command.CommandText = Insert;
                Add(command, "@business", TimerBusiness.Id);
                Add(command, "@policy", TimerBusiness.Policy);
                Add(command, "@person", TimerBusiness.Person);
                Add(command, "@plan", plan);
                Add(command, "@now", nowMs);
                var text = Add(command, "@text", "");
                var nextAt = Add(command, "@nextAt", 0L);
                await command.PrepareAsync(ct);
                for (var i = from; i < to; i++)
                {
                    text.Value = $"Stock bajo: tomates, quedan {i % 97} kg";
                    nextAt.Value = nextAtMs(i);
                    ids[i] = Convert.ToInt64(await command.ExecuteScalarAsync(ct));
                }
                return 0;
            }, ct);
        }
        return ids;
    }

    private static DbParameter Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    /// <summary>
    /// Makes the chains <paramref name="ids"/> (inserted in one run, so consecutive) due one after another from
    /// <paramref name="t0Ms"/>, <paramref name="perSecond"/> a second, as <c>t0 + i·1000/perSecond</c> for the i-th.
    /// </summary>
    public static Task RescheduleAsync(IDatabase database, IReadOnlyList<long> ids, long t0Ms, int perSecond, CancellationToken ct)
    {
        if (ids[^1] - ids[0] != ids.Count - 1)
        {
            throw new InvalidOperationException("The stream's chain ids are not consecutive; something else inserted chains meanwhile.");
        }
        return database.WriteAsync((c, t) => c.ExecuteAsync(new CommandDefinition(
            "UPDATE chains SET next_at = @t0 + ((id - @first) * 1000 / @perSecond) WHERE id BETWEEN @first AND @last",
            new { t0 = t0Ms, first = ids[0], last = ids[^1], perSecond }, t, cancellationToken: ct)), ct);
    }
}
