using Microsoft.Extensions.AI;

namespace Tendero.Ai.Tiers;

/// <summary>
/// Current Claude models (5.x) answer HTTP 400 when <c>temperature</c>, <c>top_p</c> or <c>top_k</c> is set
/// (https://platform.claude.com/docs/en/models/haiku-5-5/overview, REFERENCE §4.3), so the Claude tier drops them here
/// rather than every caller having to remember which tier it may land on.
/// </summary>
internal sealed class ClaudeOptionsGuard(IChatClient inner) : DelegatingChatClient(inner)
{
    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        CancellationToken cancellationToken = default) =>
        base.GetResponseAsync(messages, Strip(options), cancellationToken);

    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        CancellationToken cancellationToken = default) =>
        base.GetStreamingResponseAsync(messages, Strip(options), cancellationToken);

    /// <summary>The options without sampling parameters; the caller's instance is left as it was.</summary>
    internal static ChatOptions? Strip(ChatOptions? options)
    {
        if (options is null || (options.Temperature is null && options.TopP is null && options.TopK is null))
        {
            return options;
        }

        var copy = options.Clone();
        copy.Temperature = null;
        copy.TopP = null;
        copy.TopK = null;
        return copy;
    }
}
