using Microsoft.Extensions.AI;
using Tendero.Ai.Tiers;

namespace Tendero.Tests.Ai.Tiers;

public sealed class ClaudeOptionsGuardTests
{
    [Fact]
    public async Task GetResponseAsync_SamplingOptions_InnerClientSeesNoneAndCallerKeepsTheirs()
    {
        var inner = new CapturingClient();
        using var guard = new ClaudeOptionsGuard(inner);
        var options = new ChatOptions { Temperature = 0.3f, TopP = 0.8f, TopK = 20, MaxOutputTokens = 99, ModelId = "claude-haiku-5-5" };

        await guard.GetResponseAsync("hola", options);

        var seen = Assert.Single(inner.Seen)!;
        Assert.Equal((null, null, null), (seen.Temperature, seen.TopP, seen.TopK));
        Assert.Equal((99, "claude-haiku-5-5"), (seen.MaxOutputTokens!.Value, seen.ModelId));
        Assert.Equal((0.3f, 0.8f, 20), (options.Temperature!.Value, options.TopP!.Value, options.TopK!.Value));
    }

    [Fact]
    public async Task GetStreamingResponseAsync_Temperature_Stripped()
    {
        var inner = new CapturingClient();
        using var guard = new ClaudeOptionsGuard(inner);

        await foreach (var _ in guard.GetStreamingResponseAsync("hola", new ChatOptions { Temperature = 1 }))
        {
        }

        Assert.Null(Assert.Single(inner.Seen)!.Temperature);
    }

    [Fact]
    public void Strip_NoSamplingOrNull_SameInstance()
    {
        var options = new ChatOptions { MaxOutputTokens = 10 };

        Assert.Same(options, ClaudeOptionsGuard.Strip(options));
        Assert.Null(ClaudeOptionsGuard.Strip(null));
    }

    private sealed class CapturingClient : IChatClient
    {
        public List<ChatOptions?> Seen { get; } = [];

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            Seen.Add(options);
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "ok")));
        }

        public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
            [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            Seen.Add(options);
            await Task.CompletedTask;
            yield return new ChatResponseUpdate(ChatRole.Assistant, "ok");
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
