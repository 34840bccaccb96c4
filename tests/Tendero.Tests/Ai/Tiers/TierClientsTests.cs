using Microsoft.Extensions.AI;
using Tendero.Ai;
using Tendero.Ai.Tiers;
using Tendero.Config;

namespace Tendero.Tests.Ai.Tiers;

public sealed class TierClientsTests
{
    private static readonly TokenPrice Price = new(75_000, 300_000, "USD");

    [Fact]
    public void Create_OpenAiCompatible_OpenAiClientForTheModelWithoutGuard()
    {
        using var client = TierClients.Create(new ModelEndpoint(ModelTier.Fast, ModelProvider.OpenAiCompatible, "openai/gpt-oss-20b",
            new Uri("https://api.groq.com/openai/v1"), "key", Price, null), TimeSpan.FromSeconds(10));

        var metadata = client.GetService<ChatClientMetadata>();
        Assert.Equal(("openai", "openai/gpt-oss-20b"), (metadata?.ProviderName, metadata?.DefaultModelId));
        Assert.Null(client.GetService<ClaudeOptionsGuard>());
    }

    [Fact]
    public void Create_Anthropic_GuardedClaudeClient()
    {
        using var client = TierClients.Create(new ModelEndpoint(ModelTier.Smart, ModelProvider.Anthropic, "claude-haiku-5-5",
            new Uri("https://api.anthropic.com"), "key", Price, null), TimeSpan.FromSeconds(10));

        Assert.NotNull(client.GetService<ClaudeOptionsGuard>());
        Assert.Equal("claude-haiku-5-5", client.GetService<ChatClientMetadata>()?.DefaultModelId);
    }

    [Fact]
    public void Create_ZeroTimeout_Throws()
    {
        var endpoint = new ModelEndpoint(ModelTier.Fast, ModelProvider.OpenAiCompatible, "m", new Uri("http://127.0.0.1/v1"), "k", Price, null);

        Assert.Throws<ArgumentOutOfRangeException>(() => TierClients.Create(endpoint, TimeSpan.Zero));
    }
}
