namespace Tendero.Storage;

// Rows Dapper fills are records with init properties, not positional records: Dapper calls a constructor only when
// every column's type matches its parameter exactly, and the INTEGER columns (critical, step) read as long on SQLite
// but as int on PostgreSQL. Properties are converted, so one statement serves both databases.

/// <summary>A chain as stored. Times are Unix milliseconds; <see cref="Version"/> fences every change.</summary>
public sealed record ChainRow
{
    internal const string Columns =
        "id, business_id AS BusinessId, policy, person_id AS PersonId, critical, text, data, plan, step, state, " +
        "waiting_for AS WaitingFor, wait_ends_at AS WaitEndsAt, next_at AS NextAt, since_id AS SinceId, outcome, version, " +
        "created_at AS CreatedAt, updated_at AS UpdatedAt, ended_at AS EndedAt";

    public long Id { get; init; }
    public string BusinessId { get; init; } = "";
    public string Policy { get; init; } = "";
    public string PersonId { get; init; } = "";
    public long Critical { get; init; }
    public string Text { get; init; } = "";
    public string? Data { get; init; }
    public string Plan { get; init; } = "";
    public long Step { get; init; }
    public string State { get; init; } = "";
    public string? WaitingFor { get; init; }
    public long? WaitEndsAt { get; init; }
    public long? NextAt { get; init; }
    public long SinceId { get; init; }
    public string? Outcome { get; init; }
    public long Version { get; init; }
    public long CreatedAt { get; init; }
    public long UpdatedAt { get; init; }
    public long? EndedAt { get; init; }

    public bool IsCritical => Critical != 0;
}

/// <summary>One line of a chain's history as stored.</summary>
public sealed record ChainEventRow
{
    public long Id { get; init; }
    public long ChainId { get; init; }
    public long Step { get; init; }
    public string Kind { get; init; } = "";
    public string? Channel { get; init; }
    public long? MessageId { get; init; }
    public string Outcome { get; init; } = "";
    public string? Detail { get; init; }
    public long At { get; init; }
}

/// <summary>A new chain: the policy is already frozen into <see cref="Plan"/>.</summary>
public sealed record NewChain(string BusinessId, string Policy, string PersonId, bool Critical, string Text, string? DataJson, string Plan, string? IdempotencyKey);
