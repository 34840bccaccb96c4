using System.Text.Json.Nodes;

namespace Tendero.Core.Chains;

/// <summary>
/// A policy frozen into a chain, as JSON in the same shape as the YAML it came from, so that a person reading the
/// database or an export sees what they wrote: {"steps":[{"notify":"whatsapp"},{"wait":"2h","until":"read"}],…}.
/// </summary>
public static class ChainPlanJson
{
    public static string Freeze(ChainPolicy policy)
    {
        var steps = new JsonArray();
        foreach (var step in policy.Steps)
        {
            var node = step switch
            {
                NotifyStep n => new JsonObject { ["notify"] = n.Channel.Name() },
                WaitStep w => new JsonObject { ["wait"] = Durations.Format(w.Duration), ["until"] = w.Until.Name() },
                _ => throw new InvalidOperationException($"Unknown step {step}"),
            };
            if (step.OnlyIfCritical)
            {
                node["only_if"] = "critical";
            }
            steps.Add(node);
        }
        var plan = new JsonObject { ["policy"] = policy.Name, ["steps"] = steps };
        if (policy.QuietHours is { } quiet)
        {
            plan["quiet_hours"] = quiet.ToString();
        }
        return plan.ToJsonString();
    }

    public static ChainPolicy Thaw(string json)
    {
        var plan = JsonNode.Parse(json)!.AsObject();
        var steps = new List<ChainStep>();
        foreach (var node in plan["steps"]!.AsArray())
        {
            var critical = (string?)node!["only_if"] == "critical";
            if ((string?)node["notify"] is { } channel)
            {
                steps.Add(new NotifyStep(ChannelNames.Parse(channel), critical));
            }
            else
            {
                // We wrote this JSON ourselves from a checked policy; a step that no longer reads is a corrupt row.
                if (!Durations.TryParse((string?)node["wait"], out var duration) || !ChainSignals.TryParse((string?)node["until"], out var until))
                {
                    throw new FormatException($"A chain's frozen plan has an unreadable wait step: {node.ToJsonString()}");
                }
                steps.Add(new WaitStep(duration, until, critical));
            }
        }
        var quietHours = QuietHours.TryParse((string?)plan["quiet_hours"], out var hours, out _) ? hours : null;
        return new ChainPolicy((string?)plan["policy"] ?? "", steps, quietHours);
    }
}
