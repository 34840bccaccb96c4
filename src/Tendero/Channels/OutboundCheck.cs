using Tendero.Config;
using Tendero.Core;

namespace Tendero.Channels;

/// <summary>Checks a message before it is queued, so a mistake is refused at once with a reason instead of failing later.</summary>
public static class OutboundCheck
{
    /// <summary>The longest text each provider takes (WhatsApp and Telegram 4,096 characters; a Twilio SMS body 1,600). A call
    /// carries its text in at most 4,000 characters of TwiML, with the prompts and the URLs around it: 3,500 leaves room.</summary>
    public static int MaxLength(ChannelKind channel) => channel switch
    {
        ChannelKind.Sms => 1600,
        ChannelKind.Voice => 3500,
        _ => 4096,
    };

    /// <summary>Null when the message can be queued, else the reason it cannot.</summary>
    public static string? Check(BusinessConfig business, IEnumerable<IChannel> channels, string? to, string? text)
    {
        if (!Address.TryParse(to, out var address, out var error))
        {
            return $"'to': {error}";
        }
        if (!channels.Any(c => c.Kind == address!.Channel && c.IsConfigured(business)))
        {
            return $"'to': the business '{business.Id}' has no {address!.Channel.Name()} channel configured.";
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return "'text' is required.";
        }
        var max = MaxLength(address!.Channel);
        return text.Length > max ? $"'text' has {text.Length} characters; {address.Channel.Name()} takes at most {max}." : null;
    }
}
