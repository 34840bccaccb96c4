using System.ClientModel;
using System.ClientModel.Primitives;
using Anthropic;
using Microsoft.Extensions.AI;
using OpenAI;
using OpenAI.Chat;
using Tendero.Config;

namespace Tendero.Ai.Tiers;

/// <summary>
/// Builds the <see cref="IChatClient"/> of a remote tier on the providers' own SDKs. SDK retries are off in both: the router
/// is the only retry loop (REFERENCE §4.6, LiteLLM's <c>max_retries=0</c>), so a failure reaches it at once, classified by
/// <see cref="ModelFailure.Classify"/>.
/// </summary>
public static class TierClients
{
    /// <summary>What Claude may write when a caller sets no <c>MaxOutputTokens</c> (the Anthropic API requires <c>max_tokens</c>).</summary>
    public const int DefaultClaudeMaxTokens = 1024;

    /// <param name="timeout">How long one call may take before it fails as <see cref="ModelFailureKind.Timeout"/>.</param>
    /// <param name="time">Reads HTTP-date <c>Retry-After</c> values; the system clock when null.</param>
    public static IChatClient Create(ModelEndpoint endpoint, TimeSpan timeout, TimeProvider? time = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        return endpoint.Provider switch
        {
            ModelProvider.OpenAiCompatible => OpenAiCompatible(endpoint, timeout),
            ModelProvider.Anthropic => Claude(endpoint, timeout, time ?? TimeProvider.System),
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint.Provider, "Unknown model provider."),
        };
    }

    /// <summary>Groq or any OpenAI-compatible server; <see cref="ModelEndpoint.BaseUrl"/> includes the <c>/v1</c> (Groq: <c>…/openai/v1</c>).</summary>
    private static IChatClient OpenAiCompatible(ModelEndpoint endpoint, TimeSpan timeout)
    {
        var options = new OpenAIClientOptions
        {
            Endpoint = endpoint.BaseUrl,
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = timeout,
        };
        return new ChatClient(endpoint.Model, new ApiKeyCredential(endpoint.ApiKey), options).AsIChatClient();
    }

    /// <summary>
    /// Claude; <see cref="ModelEndpoint.BaseUrl"/> is the host only (the SDK adds <c>/v1/messages</c>). The SDK's exceptions carry
    /// no response headers, so <see cref="RetryAfterCapture"/> copies <c>Retry-After</c> into the error body where
    /// <see cref="ModelFailure"/> finds it; <see cref="ClaudeOptionsGuard"/> drops the sampling options current Claude models refuse.
    /// </summary>
    private static IChatClient Claude(ModelEndpoint endpoint, TimeSpan timeout, TimeProvider time)
    {
        var http = new HttpClient(new RetryAfterCapture(time) { InnerHandler = new SocketsHttpHandler() })
        {
            // The SDK's own Timeout bounds each call; HttpClient's default 100 s must not cut in first.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        var client = new AnthropicClient
        {
            ApiKey = endpoint.ApiKey,
            BaseUrl = endpoint.BaseUrl.ToString().TrimEnd('/'),
            MaxRetries = 0,
            Timeout = timeout,
            HttpClient = http,
        };
        return new ClaudeOptionsGuard(client.AsIChatClient(endpoint.Model, DefaultClaudeMaxTokens));
    }
}
