using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tendero.Simulator.People;

namespace Tendero.Simulator.Control;

/// <summary>
/// <c>/_sim/people</c>: how virtual people behave, by address (E.164 number with its plus, or Telegram chat id). A body is a
/// <see cref="SimPersonBehaviour"/> in snake_case; absent fields take their defaults, so a PUT replaces the whole behaviour.
/// </summary>
internal static class PeopleEndpoints
{
    private const string Example =
        """{"read":"after","read_delay":"02:00:00","reply_text":"1","reply_delay":"00:05:00","press_button":true,"button_delay":"00:00:30","answer_call":"press_digits","digits":"1","answer_delay":"00:00:04"}""";

    // The body's field names; a misspelt one would otherwise be ignored and the person silently keep a default.
    private static readonly string[] Fields = typeof(SimPersonBehaviour).GetProperties()
        .Select(p => JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name)).ToArray();

    public static void Map(WebApplication app, ProviderSimulator simulator)
    {
        app.MapGet("/_sim/people", http => ControlJson.WriteAsync(http, simulator.Behaviours.Select(p => Entry(p.Key, p.Value)).ToArray()));
        app.MapPut("/_sim/people/{address}", http => PutAsync(http, simulator));
        app.MapDelete("/_sim/people/{address}", http => DeleteAsync(http, simulator));
    }

    private static async Task PutAsync(HttpContext http, ProviderSimulator simulator)
    {
        var address = (string)http.GetRouteValue("address")!;
        if (await ReadObjectAsync(http) is not { } body)
        {
            await ControlJson.ProblemAsync(http, 400, "Unreadable behaviour", $"Send a JSON object such as {Example}.");
            return;
        }

        if (body.Select(p => p.Key).FirstOrDefault(k => !Fields.Contains(k, StringComparer.Ordinal)) is { } unknown)
        {
            await ControlJson.ProblemAsync(http, 400, "Unknown field", $"There is no field '{unknown}'; the fields are {string.Join(", ", Fields)}.");
            return;
        }

        SimPersonBehaviour behaviour;
        try
        {
            behaviour = body.Deserialize<SimPersonBehaviour>(ControlJson.Options)!;
        }
        catch (JsonException e)
        {
            await ControlJson.ProblemAsync(http, 400, "Unreadable behaviour", $"The field '{e.Path?.TrimStart('$', '.')}' has a value of the "
                + "wrong kind: read is after or never; answer_call is silent, press_digits or no_answer; delays are \"hh:mm:ss\"; "
                + "press_button is true or false; reply_text and digits are strings.");
            return;
        }

        if (PersonCheck.Error(address, behaviour, JsonNamingPolicy.SnakeCaseLower.ConvertName) is { } error)
        {
            await ControlJson.ProblemAsync(http, 400, "Invalid behaviour", error);
            return;
        }

        simulator.SetBehaviour(address, behaviour);
        await ControlJson.WriteAsync(http, Entry(address, behaviour));
    }

    private static async Task DeleteAsync(HttpContext http, ProviderSimulator simulator)
    {
        var address = (string)http.GetRouteValue("address")!;
        if (!simulator.ClearBehaviour(address))
        {
            await ControlJson.ProblemAsync(http, 404, "No such person", $"{address} has no behaviour; GET /_sim/people lists who has one.");
            return;
        }

        http.Response.StatusCode = 204;
    }

    private static async Task<JsonObject?> ReadObjectAsync(HttpContext http)
    {
        try
        {
            return await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The address first, then the same fields a PUT takes.</summary>
    private static JsonObject Entry(string address, SimPersonBehaviour behaviour)
    {
        var entry = new JsonObject { ["address"] = address };
        foreach (var (name, value) in JsonSerializer.SerializeToNode(behaviour, ControlJson.Options)!.AsObject())
        {
            entry[name] = value?.DeepClone();
        }

        return entry;
    }
}
