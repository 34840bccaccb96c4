using Tendero.Channels;
using Tendero.Config;
using Tendero.Core;

namespace Tendero.Tests.Delivery;

/// <summary>An <see cref="IChannel"/> that answers each send with the next scripted step and records what it was given.</summary>
internal sealed class ScriptedChannel(ChannelKind kind = ChannelKind.WhatsApp) : IChannel
{
    private readonly Queue<Func<OutboundMessage, CancellationToken, Task<SendResult>>> script = new();
    private readonly List<OutboundMessage> sent = [];

    public ChannelKind Kind => kind;

    public IReadOnlyList<OutboundMessage> Calls
    {
        get
        {
            lock (sent)
            {
                return [.. sent];
            }
        }
    }

    /// <summary>Completes when a send starts, so a test can move the clock while it is in flight.</summary>
    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ScriptedChannel Then(SendResult result) => Then((_, _) => Task.FromResult(result));

    public ScriptedChannel Then(Func<OutboundMessage, CancellationToken, Task<SendResult>> step)
    {
        lock (script)
        {
            script.Enqueue(step);
        }
        return this;
    }

    /// <summary>A provider that never answers: only the token ends the send.</summary>
    public ScriptedChannel ThenHang() => Then(async (_, ct) =>
    {
        await Task.Delay(Timeout.InfiniteTimeSpan, TimeProvider.System, ct);
        throw new InvalidOperationException("unreachable");
    });

    public bool IsConfigured(BusinessConfig business) => kind switch
    {
        ChannelKind.WhatsApp => business.WhatsApp is not null,
        ChannelKind.Telegram => business.Telegram is not null,
        _ => business.Twilio is not null,
    };

    public Task<SendResult> SendAsync(BusinessConfig business, OutboundMessage message, CancellationToken ct)
    {
        Func<OutboundMessage, CancellationToken, Task<SendResult>> step;
        lock (sent)
        {
            sent.Add(message);
        }
        lock (script)
        {
            step = script.Count > 0 ? script.Dequeue() : throw new InvalidOperationException($"No scripted answer left for message {message.Id}.");
        }
        Entered.TrySetResult();
        return step(message, ct);
    }
}
