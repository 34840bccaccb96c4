using Tendero.Config;
using Tendero.Core;

namespace Tendero.Channels;

/// <summary>
/// The seam between the delivery engine and one provider. How to add a provider: make a folder
/// <c>Channels/&lt;Provider&gt;</c> with <c>&lt;P&gt;Channel.cs</c> (this interface), <c>&lt;P&gt;Client.cs</c> (the wire),
/// <c>&lt;P&gt;Payloads.cs</c> (wire records), <c>&lt;P&gt;Errors.cs</c> (which failures are retryable) and
/// <c>&lt;P&gt;Webhook.cs</c> (the endpoint and its signature check), then register it in <c>ChannelsSetup</c>.
/// </summary>
public interface IChannel
{
    ChannelKind Kind { get; }

    /// <summary>Whether the business has this channel configured.</summary>
    bool IsConfigured(BusinessConfig business);

    /// <summary>Hands one message to the provider. Expected failures come back as values; never throws for them.</summary>
    Task<SendResult> SendAsync(BusinessConfig business, OutboundMessage message, CancellationToken ct);
}
