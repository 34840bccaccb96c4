using System.Globalization;
using System.Text.Json;
using Tendero.Simulator;

namespace Tendero.IntegrationTests.Crash;

/// <summary>
/// Each chain against its person's group: its end, its history, its messages in the ledger and at the provider.
/// Everything wrong is collected, so one failing run shows the whole picture.
/// </summary>
internal sealed record ChainCrashCheck(IReadOnlyList<string> Problems, IReadOnlyList<string> Resent, IReadOnlyList<string> Late, string Outcomes)
{
    private static readonly string[] AllChannels = ["whatsapp", "telegram", "sms", "voice"];

    // The runner looks at a chain when its wait ends; an answer that lands just before may or may not be in time.
    private static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(0.5);

    public static ChainCrashCheck Run(
        IReadOnlyList<ChainCrashPerson> people, IReadOnlyDictionary<string, long> ids, IReadOnlyList<JsonElement> chains, JournalSnapshot journal,
        DateTimeOffset killedAt, TimeSpan escalateAfter, IReadOnlyDictionary<long, int> messagesPerChain)
    {
        var (problems, resent, late) = (new List<string>(), new List<string>(), new List<string>());
        var byId = chains.ToDictionary(c => c.GetProperty("id").GetInt64());
        foreach (var person in people)
        {
            var group = person.Group;
            var who = $"{person.Id} ({group.Name})";
            if (!ids.TryGetValue(person.Id, out var id) || !byId.TryGetValue(id, out var chain))
            {
                problems.Add($"{who}: no chain");
                continue;
            }
            var history = ChainCrashAlerts.History(chain);
            var (outcome, step) = (chain.GetProperty("outcome").GetString(), chain.GetProperty("step").GetInt32());
            var (inTime, when) = group.AnswerStep is { } answerStep ? AnsweredInTime(chain, answerStep, journal, person, escalateAfter) : (true, "");
            var ending = new[] { group }.Concat(inTime ? [] : group.LateEndings)
                .FirstOrDefault(g => chain.GetProperty("state").GetString() == "done" && outcome == g.Outcome && step == g.FinalStep && history.SequenceEqual(g.History));
            if (ending is null)
            {
                problems.Add($"{who}, chain {id}: {outcome} at step {step}, history [{string.Join("; ", history)}]; " +
                             $"expected {group.Outcome} at step {group.FinalStep}{(inTime ? "" : $" or, its answer being late, {ChainCrashGroup.Late.Outcome}")}");
                continue;
            }
            if (!ReferenceEquals(ending, group))
            {
                late.Add($"{person.Id} ({when})");
            }
            if (messagesPerChain.GetValueOrDefault(id) != ending.Channels.Count)
            {
                problems.Add($"{who}, chain {id}: {messagesPerChain.GetValueOrDefault(id)} messages in the ledger; expected {ending.Channels.Count}");
            }
            foreach (var channel in AllChannels)
            {
                var sends = ChainCrashWorld.Sends(journal.OutboundMessages, person, channel);
                var expected = ending.Channels.Contains(channel) ? 1 : 0;
                if (sends.Count == expected)
                {
                    continue;
                }
                if (expected == 1 && sends.Count == 2 && sends[0].AcceptedAt < killedAt && sends[1].AcceptedAt > killedAt)
                {
                    resent.Add($"{person.Id}/{channel}");
                    continue;
                }
                problems.Add($"{who}, chain {id}: {sends.Count} {channel} sends at the provider, expected {expected} (accepted at " +
                             $"{string.Join(", ", sends.Select(s => s.AcceptedAt.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture)))}; kill at {killedAt:HH:mm:ss.fff})");
            }
        }
        var outcomes = string.Join(", ", chains.GroupBy(c => $"{c.GetProperty("outcome").GetString()} at step {c.GetProperty("step").GetInt32()}")
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"));
        return new ChainCrashCheck(problems, resent, late, outcomes);
    }

    // In time: the answer reached the server before the wait that followed the notify step ended. Says by how much it missed.
    private static (bool InTime, string When) AnsweredInTime(JsonElement chain, int notifyStep, JournalSnapshot journal, ChainCrashPerson person, TimeSpan wait)
    {
        var notify = chain.GetProperty("history").EnumerateArray()
            .FirstOrDefault(e => e.GetProperty("step").GetInt32() == notifyStep && e.GetProperty("kind").GetString() == "notify");
        if (notify.ValueKind != JsonValueKind.Object)
        {
            return (false, "never notified");
        }
        var ends = notify.GetProperty("at").GetDateTimeOffset() + wait;
        return ChainCrashAnswers.Arrival(journal, person, notify.GetProperty("channel").GetString()!) is { } arrival
            ? (arrival + Tolerance < ends, $"arrived {(arrival - ends).TotalSeconds.ToString("+0.0;-0.0", CultureInfo.InvariantCulture)} s after its wait ended")
            : (false, "never arrived");
    }
}
