using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tendero.Delivery;
using Tendero.Hosting;

namespace Tendero.Agents;

/// <summary>
/// Runs one agent: claims its due work, handles each piece (different conversations in parallel, one conversation at a
/// time), and commits each outcome with a fenced completion. A handler that throws is retried with backoff; after
/// <see cref="AgentOptions.MaxAttempts"/> the work is set aside as dead and logged, and the conversation moves on.
/// </summary>
public sealed partial class AgentRunner(
    IAgent agent, EventLog log, WorkSignals signals, IOptions<AgentOptions> options, IOptions<ServerOptions> server,
    TimeProvider time, ILogger<AgentRunner> logger) : BackgroundService
{
    private readonly AgentOptions settings = options.Value;
    private readonly string owner = server.Value.NodeId;

    public string AgentName => agent.Name;

    /// <summary>One round. Returns how many pieces of work it claimed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var work = await log.ClaimAsync(agent.Name, owner, settings.Lease, settings.BatchSize, ct);
        var (events, messages) = (0, 0);
        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = settings.MaxConcurrency, CancellationToken = ct },
            async (piece, token) =>
            {
                if (await HandleAsync(piece, token) is { } outcome)
                {
                    Interlocked.Add(ref events, outcome.Events.Count);
                    Interlocked.Add(ref messages, outcome.Messages.Count);
                }
            });
        if (events > 0)
        {
            signals.Agents.Wake();
        }
        if (messages > 0)
        {
            signals.Outbound.Wake();
        }
        return work.Count;
    }

    private async Task<AgentOutcome?> HandleAsync(ClaimedWork work, CancellationToken ct)
    {
        try
        {
            var outcome = await agent.HandleAsync(work.Event, ct);
            if (await log.CompleteAsync(work, owner, outcome, ct))
            {
                outcome.AfterCommit?.Invoke();
                return outcome;
            }
            Log.LeaseLost(logger, agent.Name, work.Event.Id);
            return null;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            var dead = work.Attempts >= settings.MaxAttempts;
            // A conflict means someone changed the conversation meanwhile: look again at once.
            var delay = e is AgentConflictException ? TimeSpan.Zero
                : Backoff.For((int)work.Attempts, settings.BaseBackoff, settings.MaxBackoff, Random.Shared.NextDouble());
            await log.FailAsync(work, owner, $"{e.GetType().Name}: {e.Message}", time.GetUtcNow() + delay, dead, CancellationToken.None);
            if (dead)
            {
                Log.Dead(logger, e, agent.Name, work.Event.Id, work.Event.Topic, work.Attempts);
            }
            else
            {
                Log.Failed(logger, agent.Name, work.Event.Id, work.Event.Topic, work.Attempts, e.Message);
            }
            return null;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Log.Started(logger, agent.Name, owner);
        await WorkLoop.RunAsync(RunOnceAsync, ct => log.NextDueAsync(agent.Name, ct), signals.Agents, settings.IdlePoll, time, e => Log.RoundFailed(logger, e, agent.Name), stoppingToken);
    }

    private static partial class Log
    {
        [LoggerMessage(70, LogLevel.Information, "Agent {Agent} started on node {Node}")]
        public static partial void Started(ILogger log, string agent, string node);

        [LoggerMessage(71, LogLevel.Warning, "Agent {Agent}: event {EventId} ({Topic}) failed on attempt {Attempt}, will retry: {Reason}")]
        public static partial void Failed(ILogger log, string agent, long eventId, string topic, long attempt, string reason);

        [LoggerMessage(72, LogLevel.Error, "Agent {Agent}: event {EventId} ({Topic}) failed {Attempts} times and is set aside (dead)")]
        public static partial void Dead(ILogger log, Exception error, string agent, long eventId, string topic, long attempts);

        [LoggerMessage(73, LogLevel.Warning, "Agent {Agent}: event {EventId} was taken over by another node before it finished; its outcome was dropped")]
        public static partial void LeaseLost(ILogger log, string agent, long eventId);

        [LoggerMessage(74, LogLevel.Error, "Agent {Agent}: a round failed; trying again shortly")]
        public static partial void RoundFailed(ILogger log, Exception error, string agent);
    }
}
