using Microsoft.Extensions.Options;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;
using Tendero.Config;
using Tendero.Core;
using Tendero.Hosting;

namespace Tendero.Channels.Twilio;

/// <summary>
/// SMS through Twilio's Messages API (https://www.twilio.com/docs/messaging/api/message-resource#create-a-message-resource).
/// Every message asks for status callbacks to our <c>/webhooks/twilio/{business}/status</c>, which moves it on to
/// delivered or failed.
/// </summary>
public sealed class TwilioChannel(TwilioClients clients, IOptions<ServerOptions> server) : IChannel
{
    public ChannelKind Kind => ChannelKind.Sms;

    public bool IsConfigured(BusinessConfig business) => business.Twilio is not null;

    public async Task<SendResult> SendAsync(BusinessConfig business, OutboundMessage message, CancellationToken ct)
    {
        var account = business.Twilio ?? throw new InvalidOperationException($"{business.Id} has no Twilio channel.");
        var options = new CreateMessageOptions(new PhoneNumber(message.To.Value))
        {
            From = new PhoneNumber(account.From),
            Body = message.Text,
            StatusCallback = server.Value.UrlFor($"/webhooks/twilio/{business.Id}/status"),
        };
        // The SDK takes no CancellationToken; TwilioCancellation carries ours to the HTTP request, which it aborts.
        return await TwilioCancellation.SendAsync(async () => (await MessageResource.CreateAsync(options, clients.For(account))).Sid, "message", ct);
    }
}
