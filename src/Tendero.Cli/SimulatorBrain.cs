using System.Text.Json;
using System.Text.Json.Nodes;
using Tendero.Ai;
using Tendero.Ai.Offline;
using Tendero.Ai.Understand;
using Tendero.Simulator.Models;

namespace Tendero.Cli;

/// <summary>
/// What the simulator's fake Groq and Claude answer with in the demo and the tests. It reads customers' texts with the
/// offline classifier and rules (so answers are realistic and deterministic), and the smart fake is surer of its
/// reading than the fast one, as a bigger model would be. Template fills take the alert's own fields, so they invent
/// nothing. Anything else gets the simulator's default answer.
/// </summary>
public sealed class SimulatorBrain : IModelBrain
{
    /// <summary>The smart fake's confidence floor: a reading it gives is at least this sure.</summary>
    public const double SmartConfidence = 0.92;

    public string? Answer(ModelAsk ask)
    {
        if (ask.System is { } system && ask.UserText is { } text)
        {
            if (UnderstandingPrompt.TimeIn(system) is { } at)
            {
                var reading = OfflineNlu.Shared.Understand(text, at, "es");
                if (ask.Provider == SimModelProvider.Anthropic)
                {
                    reading = reading with { Confidence = Math.Max(reading.Confidence, SmartConfidence) };
                }
                return JsonSerializer.Serialize(reading);
            }
            if (system.Contains("You fill an approved WhatsApp template", StringComparison.Ordinal))
            {
                return Fill(text);
            }
            if (system.StartsWith(Solutions.Reservations.MenuAdvisor.PromptMarker, StringComparison.Ordinal))
            {
                return SafeDishes(text);
            }
        }
        return null;
    }

    // The fake Claude reads the menu as a careful waiter would: the dishes whose allergens and ingredients avoid every need.
    private static string? SafeDishes(string request)
    {
        if (JsonNode.Parse(request) is not JsonObject r || r["menu"] is not JsonArray menu)
        {
            return null;
        }
        var needs = (r["needs"] as JsonArray ?? []).Select(n => n?.GetValue<string>() ?? "").ToList();
        var dishes = menu.OfType<JsonObject>().Select(d => new Solutions.Reservations.MenuDish(
            d["name"]?.GetValue<string>() ?? "",
            [.. (d["ingredients"] as JsonArray ?? []).Select(i => i?.GetValue<string>() ?? "")],
            [.. (d["allergens"] as JsonArray ?? []).Select(a => a?.GetValue<string>() ?? "")])).ToList();
        return JsonSerializer.Serialize(new { safe = Solutions.Reservations.MenuSafety.Safe(dishes, needs).Select(d => d.Name) });
    }

    private static string? Fill(string request)
    {
        if (JsonNode.Parse(request) is not JsonObject r || r["text"]?.GetValue<string>() is not { } text)
        {
            return null;
        }
        var data = r["data"] as JsonObject;
        var parameters = (r["parameters"] as JsonArray ?? []).Select(p => p?.GetValue<string>() switch
        {
            "text" or null => text,
            { } name => data?[name]?.GetValue<string>() ?? text,
        }).ToList();
        var max = int.TryParse(r["sms_max_characters"]?.ToString(), out var m) ? m : 160;
        var sms = text.Length <= max ? text : text[..(max - 3)] + "...";
        return JsonSerializer.Serialize(new { parameters, sms });
    }
}
