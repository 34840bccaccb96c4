using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Tendero.Tests.Ai.Routing;

/// <summary>
/// A tier client that plays a script, one step per call: answer this text with this usage, throw this, or hang until
/// cancelled. After the script it repeats the last step. It keeps the options of every call it received.
/// </summary>
internal sealed class ScriptedChatClient(params ScriptedChatClient.Step[] script) : IChatClient
{
    private readonly Queue<Step> steps = new(script);
    private Step last = script.Length > 0 ? script[^1] : throw new ArgumentException("A script needs at least one step.");

    public List<ChatOptions?> Calls { get; } = [];

    /// <summary>Completes when a call starts hanging, so a test can move the clock after the router set its timeout.</summary>
    public TaskCompletionSource Hanging { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static Step Answer(string text, long input = 10, long output = 5) => new(text, input, output, null, false);

    public static Step Throw(Exception error) => new(null, 0, 0, error, false);

    public static Step Hang() => new(null, 0, 0, null, true);

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Calls.Add(options);
        var step = steps.Count > 0 ? last = steps.Dequeue() : last;
        if (step.Hangs)
        {
            Hanging.TrySetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, TimeProvider.System, cancellationToken);
        }
        if (step.Error is not null)
        {
            throw step.Error;
        }
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, step.Text))
        {
            Usage = new UsageDetails { InputTokenCount = step.Input, OutputTokenCount = step.Output },
        };
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var update in (await GetResponseAsync(messages, options, cancellationToken)).ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }

    public sealed record Step(string? Text, long Input, long Output, Exception? Error, bool Hangs);
}
