namespace Tendero.Storage;

/// <summary>A chain as stored. Times are Unix milliseconds; <see cref="Version"/> fences every change.</summary>
public sealed record ChainRow(
    long Id, string BusinessId, string Policy, string PersonId, long Critical, string Text, string? Data, string Plan,
    long Step, string State, string? WaitingFor, long? WaitEndsAt, long? NextAt, long SinceId, string? Outcome,
    long Version, long CreatedAt, long UpdatedAt, long? EndedAt)
{
    /// <summary>The columns in constructor order, with <see cref="Wide"/> applied to the INTEGER ones.</summary>
    internal static string Columns(Dialect dialect) =>
        $"id, business_id AS BusinessId, policy, person_id AS PersonId, critical{Wide(dialect)} AS critical, text, data, plan, step{Wide(dialect)} AS step, state, " +
        "waiting_for AS WaitingFor, wait_ends_at AS WaitEndsAt, next_at AS NextAt, since_id AS SinceId, outcome, version, " +
        "created_at AS CreatedAt, updated_at AS UpdatedAt, ended_at AS EndedAt";

    /// <summary>
    /// PostgreSQL reads an INTEGER column as a 32-bit number and Dapper fills a constructor only with exact types, so there
    /// the column is cast to the 64-bit number SQLite gives. Not on SQLite: a cast hides the column's declared type, and
    /// Dapper, reading the types of an empty result, would take it for a blob.
    /// </summary>
    internal static string Wide(Dialect dialect) => dialect == Dialect.Postgres ? "::bigint" : "";

    public bool IsCritical => Critical != 0;
}

/// <summary>One line of a chain's history as stored.</summary>
public sealed record ChainEventRow(long Id, long ChainId, long Step, string Kind, string? Channel, long? MessageId, string Outcome, string? Detail, long At);

/// <summary>A new chain: the policy is already frozen into <see cref="Plan"/>.</summary>
public sealed record NewChain(string BusinessId, string Policy, string PersonId, bool Critical, string Text, string? DataJson, string Plan, string? IdempotencyKey);
