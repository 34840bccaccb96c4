using System.Data.Common;
using Tendero.Storage;

namespace Tendero.Agents;

/// <summary>
/// A small agent: it consumes events of its topics and returns what should happen. The runtime delivers each event
/// at least once; the outcome is committed in the same transaction that marks the work done, so a handler that runs
/// twice (after a crash) has its effects applied once. Slow work (a model call) belongs in <see cref="HandleAsync"/>,
/// which runs outside any transaction.
/// </summary>
public interface IAgent
{
    /// <summary>The name used in <c>tendero serve --agents</c> and in the <c>agent_work</c> table.</summary>
    string Name { get; }

    Task<AgentOutcome> HandleAsync(AgentEvent e, CancellationToken ct);
}

/// <summary>
/// What handling an event produced: events to publish, messages to queue, and any other writes (such as a
/// conversation's state, fenced by its version: throw <see cref="AgentConflictException"/> to have the event handled again).
/// </summary>
public sealed record AgentOutcome
{
    public static AgentOutcome Nothing { get; } = new();

    public IReadOnlyList<NewEvent> Events { get; init; } = [];

    public IReadOnlyList<OutboundRequest> Messages { get; init; } = [];

    public Func<DbConnection, DbTransaction, CancellationToken, Task>? Write { get; init; }

    /// <summary>Runs once the outcome is committed (not when the lease was lost): wake the worker that serves what was written.</summary>
    public Action? AfterCommit { get; init; }
}

/// <summary>Someone else changed what a handler read: the event is handled again from the start.</summary>
public sealed class AgentConflictException(string message) : Exception(message);
