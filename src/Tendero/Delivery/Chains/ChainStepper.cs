using Tendero.Core;
using Tendero.Core.Chains;

namespace Tendero.Delivery.Chains;

/// <summary>
/// The chain engine's rules, with no I/O: given where a chain stands, what the ledger says and the time, decide
/// what happens next. Notify steps run at once, one after another; a wait step parks the chain until its time
/// or until a signal wakes it. An ack ends a chain at any step; a wait ends it when its signal comes. Steps from the
/// first one marked <c>only_if: critical</c> run only for critical chains (a wait marked so is still listened through).
/// After a last notify step the chain still listens for an ack for <see cref="FinalWait"/>, so the answer to
/// the last call or message is part of its history.
/// </summary>
public static class ChainStepper
{
    public static readonly TimeSpan FinalWait = TimeSpan.FromHours(1);

    public static ChainDecision Decide(ChainState chain, ChainFacts facts, DateTimeOffset now)
    {
        var events = new List<ChainEventNote>();
        var notifies = new List<ChainNotify>();
        var steps = chain.Plan.Steps;
        var step = chain.Step;

        if (facts.Meets(ChainSignal.Acked))
        {
            return End(step, "acked", facts.SignalDetail, events, notifies);
        }
        if (chain.WaitingFor is { } until)
        {
            if (facts.Meets(until))
            {
                events.Add(new ChainEventNote(step, "wait", facts.Strongest!.Value.Name(), facts.SignalDetail));
                return End(step + 1, facts.Strongest.Value.Name(), facts.SignalDetail, events, notifies);
            }
            if (LastNotify(facts, step) is { Failed: true } failed)
            {
                events.Add(new ChainEventNote(step, "wait", "skipped", $"the {failed.Channel.Name()} message failed: {failed.ErrorReason}"));
            }
            else if (chain.WaitEndsAt is { } ends && now < ends)
            {
                return new ChainDecision(step, until, ends, ends, null, events, notifies);
            }
            else
            {
                events.Add(new ChainEventNote(step, "wait", "timeout", $"no {until.Name()} within the wait"));
            }
            step++;
        }

        var skippedNotify = false;
        // From the first step marked only_if: critical on, the policy is for critical alerts. A chain that is not
        // critical still listens through a wait marked so (an answer to the last message counts), but goes no further.
        var criticalFrom = steps.Select((s, i) => (s, i)).FirstOrDefault(x => x.s.OnlyIfCritical, (null!, steps.Count)).Item2;
        while (step < steps.Count)
        {
            var current = steps[step];
            if (!chain.Critical && (step > criticalFrom || (step == criticalFrom && current is NotifyStep)))
            {
                return End(step, "unanswered", "the remaining steps are for critical alerts only", events, notifies);
            }
            switch (current)
            {
                case NotifyStep notify:
                    if (!chain.Critical && QuietUntil(chain, now) is { } quietEnd)
                    {
                        events.Add(new ChainEventNote(step, "quiet", "postponed", $"quiet hours until {quietEnd:u}", notify.Channel));
                        return new ChainDecision(step, null, null, quietEnd, null, events, notifies);
                    }
                    var why = !chain.Channels.Contains(notify.Channel) ? $"the business has no {notify.Channel.Name()} channel"
                        : chain.Person?.AddressOn(notify.Channel) is null ? $"{chain.Person?.Name ?? chain.Person?.Id ?? "the contact"} has no {notify.Channel.Name()} address"
                        : null;
                    skippedNotify = why is not null;
                    if (why is null)
                    {
                        notifies.Add(new ChainNotify(step, new Address(notify.Channel, chain.Person!.AddressOn(notify.Channel)!), chain.Person.Language));
                    }
                    events.Add(new ChainEventNote(step, "notify", why is null ? "queued" : "skipped", why, notify.Channel));
                    step++;
                    break;
                case WaitStep wait when skippedNotify:
                    events.Add(new ChainEventNote(step, "wait", "skipped", "nothing was sent to wait for"));
                    step++;
                    break;
                case WaitStep wait:
                    if (facts.Meets(wait.Until))
                    {
                        events.Add(new ChainEventNote(step, "wait", facts.Strongest!.Value.Name(), facts.SignalDetail));
                        return End(step + 1, facts.Strongest.Value.Name(), facts.SignalDetail, events, notifies);
                    }
                    return Park(step, wait.Until, now + wait.Duration, events, notifies);
                default:
                    throw new InvalidOperationException($"Unknown step {current}");
            }
        }
        // After a last notify that went out, listen for an ack a while longer; after anything else, stop.
        if (step == steps.Count && steps.Count > 0 && steps[^1] is NotifyStep && !skippedNotify)
        {
            return Park(step, ChainSignal.Acked, now + FinalWait, events, notifies);
        }
        return End(step, "unanswered", "every step was tried", events, notifies);
    }

    private static ChainDecision Park(int step, ChainSignal until, DateTimeOffset ends, List<ChainEventNote> events, List<ChainNotify> notifies) =>
        new(step, until, ends, ends, null, events, notifies);

    private static ChainDecision End(int step, string outcome, string? detail, List<ChainEventNote> events, List<ChainNotify> notifies)
    {
        events.Add(new ChainEventNote(step, "end", outcome, detail));
        return new ChainDecision(step, null, null, null, outcome, events, notifies);
    }

    private static NotifyFact? LastNotify(ChainFacts facts, int beforeStep) =>
        facts.Notifies.Values.Where(n => n.Step < beforeStep).MaxBy(n => n.Step);

    // The policy's quiet hours and the person's own both count; the later end wins.
    private static DateTimeOffset? QuietUntil(ChainState chain, DateTimeOffset now)
    {
        var ends = new[] { chain.Plan.QuietHours?.EndsAfter(now, chain.Zone), chain.Person?.QuietHours?.EndsAfter(now, chain.Zone) };
        return ends.Max();
    }
}
