using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Tendero.Simulator.Control;

namespace Tendero.Simulator.Models;

/// <summary>
/// <c>/_sim/models/*</c>: read the model calls and script faults from another process. A fault body is
/// <c>{"provider":"anthropic","clear":false,"enqueue":[{"kind":"rate_limited","retry_after":"00:00:02"}],"rate":0.1,"rate_fault":{"kind":"server_error"}}</c>.
/// </summary>
internal static class ModelControlEndpoints
{
    private const string Example =
        """{"provider":"openai","enqueue":[{"kind":"rate_limited","retry_after":"00:00:02"},{"kind":"content","text":"{}"}]}""";

    public static void Map(WebApplication app, ModelServers models)
    {
        app.MapGet("/_sim/models/calls", http => ControlJson.WriteAsync(http, models.Calls(Provider(http.Request.Query["provider"]))));
        app.MapDelete("/_sim/models/calls", http =>
        {
            models.ClearCalls();
            http.Response.StatusCode = 204;
            return Task.CompletedTask;
        });
        app.MapGet("/_sim/models/faults", http => ControlJson.WriteAsync(http, States(models)));
        app.MapPost("/_sim/models/faults", http => SetAsync(http, models));
    }

    private static async Task SetAsync(HttpContext http, ModelServers models)
    {
        if (await ControlJson.ReadAsync<ModelFaultUpdate>(http) is not { Provider: { } provider } update)
        {
            await ControlJson.ProblemAsync(http, 400, "Unreadable model faults", $"Send a JSON object such as {Example}; provider is openai or anthropic.");
            return;
        }

        // Check everything first, so a bad fault changes nothing.
        var enqueue = update.Enqueue ?? [];
        if (Error(update, enqueue) is { } error)
        {
            await ControlJson.ProblemAsync(http, 400, "Invalid model fault", error);
            return;
        }

        var faults = models.Faults(provider);
        if (update.Clear)
        {
            faults.Clear();
        }

        faults.Enqueue(enqueue);
        if (update.Rate is { } rate)
        {
            faults.SetRate(update.RateFault ?? ModelFault.ServerError(), rate); // a null fault only with rate 0, which turns it off
        }

        await ControlJson.WriteAsync(http, States(models));
    }

    private static string? Error(ModelFaultUpdate update, IReadOnlyList<ModelFault> enqueue)
    {
        if (enqueue.Append(update.RateFault).OfType<ModelFault>().Select(f => f.Error()).FirstOrDefault(e => e is not null) is { } error)
        {
            return error;
        }

        return update.Rate is { } rate && (rate is < 0 or > 1 || (rate > 0 && update.RateFault is null))
            ? "rate is a probability between 0 and 1, and a rate above 0 needs a rate_fault." : null;
    }

    private static Dictionary<string, ModelFaultState> States(ModelServers models) => new()
    {
        ["openai"] = models.OpenAiFaults.State(),
        ["anthropic"] = models.AnthropicFaults.State(),
    };

    private static SimModelProvider? Provider(string? name) => name switch
    {
        "openai" => SimModelProvider.OpenAi,
        "anthropic" => SimModelProvider.Anthropic,
        _ => null,
    };
}

/// <summary>Body of <c>POST /_sim/models/faults</c>: optionally clear, then queue faults, then set (or, with 0, stop) the random one.</summary>
internal sealed record ModelFaultUpdate(SimModelProvider? Provider, bool Clear, IReadOnlyList<ModelFault>? Enqueue, double? Rate, ModelFault? RateFault);
