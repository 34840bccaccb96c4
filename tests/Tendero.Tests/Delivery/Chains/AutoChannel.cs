using Tendero.Channels;
using Tendero.Config;
using Tendero.Core;

namespace Tendero.Tests.Delivery.Chains;

/// <summary>A provider that accepts every message (provider id "p-&lt;id&gt;"), unless told to refuse one address.</summary>
internal sealed class AutoChannel(ChannelKind kind) : IChannel
{
    private readonly List<OutboundMessage> sent = [];

    public ChannelKind Kind => kind;

    public HashSet<string> Refuse { get; } = [];

    public IReadOnlyList<OutboundMessage> Sent
    {
        get
        {
            lock (sent)
            {
                return [.. sent];
            }
        }
    }

    public bool IsConfigured(BusinessConfig business) => business.Channels.Contains(kind);

    public Task<SendResult> SendAsync(BusinessConfig business, OutboundMessage message, CancellationToken ct)
    {
        lock (sent)
        {
            sent.Add(message);
        }
        return Task.FromResult<SendResult>(Refuse.Contains(message.To.Value)
            ? new SendResult.Rejected("21211", "not a valid number")
            : new SendResult.Sent($"p-{message.Id}"));
    }
}
