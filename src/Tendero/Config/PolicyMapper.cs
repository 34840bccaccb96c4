using Tendero.Core;
using Tendero.Core.Chains;

namespace Tendero.Config;

/// <summary>Checks the fallback policies of a business file (see the README's "Fallback chains").</summary>
internal static class PolicyMapper
{
    public static IReadOnlyDictionary<string, ChainPolicy> Policies(Dictionary<string, PolicyFile>? policies, FieldChecker check)
    {
        var result = new Dictionary<string, ChainPolicy>(StringComparer.Ordinal);
        foreach (var (name, file) in policies ?? [])
        {
            var field = $"policies.{name}";
            if (!PeopleMapper.IsId(name))
            {
                check.Fail(field, "a policy name may hold only letters, digits, '-', '_' and '.'");
            }
            var steps = new List<ChainStep>();
            var list = file?.Steps ?? [];
            for (var i = 0; i < list.Count; i++)
            {
                if (Step($"{field}.steps[{i}]", list[i], check) is { } step)
                {
                    steps.Add(step);
                }
            }
            if (!steps.OfType<NotifyStep>().Any())
            {
                check.Fail($"{field}.steps", "needs at least one notify step");
            }
            else if (steps[0] is not NotifyStep)
            {
                check.Fail($"{field}.steps[0]", "a policy starts with a notify step");
            }
            result[name] = new ChainPolicy(name, steps, PeopleMapper.Quiet($"{field}.quiet_hours", file?.QuietHours, check));
        }
        return result;
    }

    private static ChainStep? Step(string field, StepFile? step, FieldChecker check)
    {
        var critical = step?.OnlyIf?.Trim().ToLowerInvariant() switch
        {
            null => false,
            "critical" => true,
            var other => Fail(check, $"{field}.only_if", $"'{other}' is not understood: the only condition is critical"),
        };
        if (step?.Notify is { } notify && step.Wait is null)
        {
            if (step.Until is not null)
            {
                check.Fail($"{field}.until", "belongs to a wait step");
            }
            if (!ChannelNames.TryParse(notify, out var channel))
            {
                check.Fail($"{field}.notify", $"'{notify}' is not a channel: use whatsapp, telegram, sms or voice");
                return null;
            }
            return new NotifyStep(channel, critical);
        }
        if (step?.Wait is { } wait && step.Notify is null)
        {
            if (!Durations.TryParse(wait, out var duration))
            {
                check.Fail($"{field}.wait", $"'{wait}' is not a duration such as 30m, 2h or 1d");
            }
            if (!ChainSignals.TryParse(step.Until, out var until))
            {
                check.Fail($"{field}.until", $"'{step.Until}' is not one of read, delivered, replied or acked");
            }
            return new WaitStep(duration, until, critical);
        }
        check.Fail(field, "a step is either 'notify: <channel>' or 'wait: <duration>' with 'until: <signal>'");
        return null;
    }

    private static bool Fail(FieldChecker check, string field, string reason)
    {
        check.Fail(field, reason);
        return false;
    }
}
