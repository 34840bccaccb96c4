using Microsoft.Extensions.Options;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;
using Tendero.Config;
using Tendero.Core;
using Tendero.Hosting;

namespace Tendero.Channels.Twilio;

/// <summary>
/// A phone call through Twilio's Calls API (https://www.twilio.com/docs/voice/api/call-resource#create-a-call-resource),
/// from the business's Twilio number, that speaks the message and asks for a 1 to confirm. The TwiML travels inline, so
/// Twilio fetches nothing from us to start the call; the keypress comes back to <c>/webhooks/twilio/{business}/voice</c>
/// and the call's progress to <c>/webhooks/twilio/{business}/voice/status</c>.
/// </summary>
public sealed class TwilioVoiceChannel(TwilioClients clients, IOptions<ServerOptions> server) : IChannel
{
    /// <summary>The progress Twilio reports: <c>completed</c> always comes (it is the only default) and carries the
    /// call's length; the others show a ringing call as sent and an answered one as delivered.</summary>
    public static readonly IReadOnlyList<string> StatusEvents = ["initiated", "ringing", "answered", "completed"];

    public ChannelKind Kind => ChannelKind.Voice;

    /// <summary>Calls go out on the same Twilio account and number as SMS.</summary>
    public bool IsConfigured(BusinessConfig business) => business.Twilio is not null;

    public async Task<SendResult> SendAsync(BusinessConfig business, OutboundMessage message, CancellationToken ct)
    {
        var account = business.Twilio ?? throw new InvalidOperationException($"{business.Id} has no Twilio channel.");
        var twiml = TwilioVoiceTwiml.ForCall(message.Text, message.Language, server.Value.UrlFor($"/webhooks/twilio/{business.Id}/voice"));
        if (twiml.Length > TwilioVoiceTwiml.MaxInlineLength)
        {
            return new SendResult.Rejected("too-long",
                $"The message is too long to speak in one call ({twiml.Length} characters of TwiML; Twilio takes {TwilioVoiceTwiml.MaxInlineLength}): shorten it or send it by SMS or WhatsApp.");
        }
        var options = new CreateCallOptions(new PhoneNumber(message.To.Value), new PhoneNumber(account.From))
        {
            Twiml = new Twiml(twiml),
            StatusCallback = server.Value.UrlFor($"/webhooks/twilio/{business.Id}/voice/status"),
            StatusCallbackEvent = [.. StatusEvents],
        };
        // The SDK takes no CancellationToken; TwilioCancellation carries ours to the HTTP request, which it aborts.
        return await TwilioCancellation.SendAsync(async () => (await CallResource.CreateAsync(options, clients.For(account))).Sid, "call", ct);
    }
}
