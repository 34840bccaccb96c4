using System.Collections.Concurrent;
using Tendero.Simulator.Infrastructure;

namespace Tendero.Simulator.People;

/// <summary>A reply a person will send: its text and how long after its starting point.</summary>
internal sealed record PersonReply(string Text, TimeSpan Delay);

/// <summary>What a person will do with one call.</summary>
internal sealed record CallPlan(SimCallAnswer Answer, string Digits, TimeSpan Delay);

/// <summary>
/// The people with a behaviour, by address, and the plan for each message or call: theirs when set, else drawn from the
/// world's probabilities. Plans are made when a send is accepted so that a seeded run draws in the same order every time;
/// a probability of 0 draws nothing, so runs made before people existed repeat unchanged.
/// </summary>
internal sealed class SimPeople(SimBehaviour world, SimRandom random)
{
    // The answer people give to an alert ("press or reply 1").
    private const string WorldReply = "1";

    private readonly ConcurrentDictionary<string, SimPersonBehaviour> people = new(StringComparer.Ordinal);

    public void Set(string address, SimPersonBehaviour behaviour)
    {
        if (PersonCheck.Error(address, behaviour, field => field) is { } error)
        {
            throw new ArgumentException(error, nameof(behaviour));
        }

        people[address] = behaviour;
    }

    public bool Clear(string address) => people.TryRemove(address, out _);

    /// <summary>Everyone with a behaviour, ordered by address.</summary>
    public IReadOnlyDictionary<string, SimPersonBehaviour> Snapshot() => new SortedDictionary<string, SimPersonBehaviour>(people, StringComparer.Ordinal);

    /// <summary>How long after delivery the message is read; null when it never is.</summary>
    public TimeSpan? ReadDelay(string address) => people.GetValueOrDefault(address) is { } person
        ? person.Read == SimRead.Never ? null : person.ReadDelay
        : random.Chance(world.ReadProbability) ? world.ReadDelay : null;

    public PersonReply? Reply(string address) => people.GetValueOrDefault(address) is { } person
        ? person.ReplyText is { } text ? new PersonReply(text, person.ReplyDelay) : null
        : random.Chance(world.ReplyProbability) ? new PersonReply(WorldReply, world.ReplyDelay) : null;

    /// <summary>How long after the send the first callback button is pressed; null when it is not.</summary>
    public TimeSpan? ButtonDelay(string address) => people.GetValueOrDefault(address) is { } person
        ? person.PressButton ? person.ButtonDelay : null
        : random.Chance(world.ButtonProbability) ? world.ButtonDelay : null;

    public CallPlan Call(string address) => people.GetValueOrDefault(address) is { } person
        ? new CallPlan(person.AnswerCall, person.Digits, person.AnswerDelay)
        : random.Chance(world.AnswerProbability)
            ? new CallPlan(SimCallAnswer.PressDigits, WorldReply, world.AnswerDelay)
            : new CallPlan(SimCallAnswer.Silent, "", TimeSpan.Zero);
}
