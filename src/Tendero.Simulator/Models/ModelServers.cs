using Microsoft.AspNetCore.Builder;
using Tendero.Simulator.Infrastructure;
using Tendero.Simulator.Models.Anthropic;
using Tendero.Simulator.Models.OpenAi;

namespace Tendero.Simulator.Models;

/// <summary>
/// The fake model servers: an OpenAI-compatible <c>/v1/chat/completions</c> (point Groq's base URL at <c>{BaseAddress}v1</c>)
/// and Anthropic's <c>/v1/messages</c> (BaseUrl = <c>BaseAddress</c>). Their faults, and a journal of every call.
/// </summary>
public sealed class ModelServers
{
    private readonly Lock gate = new();
    private readonly List<ModelCallRecord> calls = [];
    private readonly OpenAiChat openAi;
    private readonly AnthropicMessages anthropic;

    internal ModelServers(SimModelOptions options, SimContext context)
    {
        var flow = new ModelCallFlow(context, options.Brain);
        openAi = new OpenAiChat(context, options, flow, OpenAiFaults, new ModelRateWindow(options, context.Time), Add);
        anthropic = new AnthropicMessages(context, options, flow, AnthropicFaults, new ModelRateWindow(options, context.Time), Add);
    }

    public ModelFaults OpenAiFaults { get; } = new();

    public ModelFaults AnthropicFaults { get; } = new();

    public ModelFaults Faults(SimModelProvider provider) => provider switch
    {
        SimModelProvider.OpenAi => OpenAiFaults,
        SimModelProvider.Anthropic => AnthropicFaults,
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown model provider."),
    };

    /// <summary>Every call, oldest first (by arrival), optionally of one provider.</summary>
    public IReadOnlyList<ModelCallRecord> Calls(SimModelProvider? provider = null)
    {
        lock (gate)
        {
            return calls.Where(c => provider is null || c.Provider == provider).OrderBy(c => c.At).ToArray();
        }
    }

    public void ClearCalls()
    {
        lock (gate)
        {
            calls.Clear();
        }
    }

    internal void Map(WebApplication app)
    {
        app.MapPost(OpenAiChat.Route, openAi.HandleAsync);
        app.MapPost(AnthropicMessages.Route, anthropic.HandleAsync);
        ModelControlEndpoints.Map(app, this);
    }

    private void Add(ModelCallRecord record)
    {
        lock (gate)
        {
            calls.Add(record);
        }
    }
}
