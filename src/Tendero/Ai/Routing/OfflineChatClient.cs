using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Tendero.Ai.Routing;

/// <summary>
/// The offline tier as an <see cref="IChatClient"/>: it answers with the route's own local function
/// (<see cref="ModelRoute.Offline"/>), so it needs no network, no key and no money. Its answers use no tokens.
/// </summary>
public sealed class OfflineChatClient : IChatClient
{
    public const string ModelId = "offline";

    private static readonly ChatClientMetadata Metadata = new("tendero-offline", null, ModelId);

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var route = ModelRoute.From(options)
            ?? throw new InvalidOperationException("The offline tier answers only routed calls: put a ModelRoute in ChatOptions.AdditionalProperties[\"tendero.route\"].");
        var offline = route.Offline
            ?? throw new InvalidOperationException($"The offline tier cannot answer this {route.Purpose.Name()} request: its ModelRoute has no Offline function.");
        var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, offline()))
        {
            ModelId = ModelId,
            Usage = new UsageDetails { InputTokenCount = 0, OutputTokenCount = 0, TotalTokenCount = 0 },
        };
        return Task.FromResult(response);
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(ChatClientMetadata) ? Metadata
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose()
    {
        // Nothing to release: the answers come from the route's function.
    }
}
