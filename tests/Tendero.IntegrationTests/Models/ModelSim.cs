using Microsoft.Extensions.AI;
using Tendero.Ai;
using Tendero.Ai.Tiers;
using Tendero.Config;
using Tendero.Simulator;
using Tendero.Simulator.Models;

namespace Tendero.IntegrationTests.Models;

/// <summary>The simulator's model servers on loopback (real clock: the SDKs' timeouts are real), and tier clients pointed at them.</summary>
public sealed class ModelSim : IAsyncDisposable
{
    public const string GroqKey = "sim-groq-key";
    public const string ClaudeKey = "sim-claude-key";
    public const string FastModel = "openai/gpt-oss-20b";
    public const string SmartModel = "claude-haiku-5-5";

    private ModelSim(ProviderSimulator simulator) => Simulator = simulator;

    public ProviderSimulator Simulator { get; }

    public ModelServers Models => Simulator.Models;

    public static async Task<ModelSim> StartAsync(IModelBrain? brain = null)
    {
        var options = new SimulatorOptions { Seed = 7 };
        options.Models.Brain = brain;
        options.Models.OpenAiApiKey = GroqKey;
        options.Models.AnthropicApiKey = ClaudeKey;
        var simulator = new ProviderSimulator(options, TimeProvider.System);
        await simulator.StartAsync();
        return new ModelSim(simulator);
    }

    /// <summary>Groq's base URL carries <c>/v1</c> (the SDK adds <c>/chat/completions</c>); Anthropic's is the host (the SDK adds <c>/v1/messages</c>).</summary>
    public ModelEndpoint Endpoint(ModelProvider provider) => provider switch
    {
        ModelProvider.OpenAiCompatible => new ModelEndpoint(ModelTier.Fast, provider, FastModel, new Uri(Simulator.BaseAddress, "v1"), GroqKey,
            new TokenPrice(75_000, 300_000, "USD"), null),
        _ => new ModelEndpoint(ModelTier.Smart, provider, SmartModel, Simulator.BaseAddress, ClaudeKey, new TokenPrice(100_000, 500_000, "USD"), null),
    };

    public IChatClient Client(ModelProvider provider, TimeSpan? timeout = null) =>
        TierClients.Create(Endpoint(provider), timeout ?? TimeSpan.FromSeconds(10));

    public ModelFaults Faults(ModelProvider provider) => Models.Faults(Sim(provider));

    public static SimModelProvider Sim(ModelProvider provider) =>
        provider == ModelProvider.Anthropic ? SimModelProvider.Anthropic : SimModelProvider.OpenAi;

    public ValueTask DisposeAsync() => Simulator.DisposeAsync();
}
