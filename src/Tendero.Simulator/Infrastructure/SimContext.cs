using Tendero.Simulator.People;

namespace Tendero.Simulator.Infrastructure;

/// <summary>What every simulated provider shares: clock, randomness, journal, faults, people and the background webhook machinery.</summary>
internal sealed class SimContext(
    SimBehaviour behaviour,
    TimeProvider time,
    SimRandom random,
    SimulatorJournal journal,
    FaultSettings faults,
    IdleTracker tracker,
    SimPeople people,
    CancellationToken stopping)
{
    public SimBehaviour Behaviour => behaviour;
    public TimeProvider Time => time;
    public SimRandom Random => random;
    public SimulatorJournal Journal => journal;
    public FaultSettings Faults => faults;
    public IdleTracker Tracker => tracker;
    public SimPeople People => people;
    public CancellationToken Stopping => stopping;

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Runs <paramref name="work"/> in the background, counted for <c>WhenIdleAsync</c>.</summary>
    public void Background(Func<CancellationToken, Task> work) => tracker.Run(() => work(stopping), stopping);

    public Task DelayAsync(TimeSpan delay, CancellationToken ct) =>
        delay <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(delay, time, ct);
}
