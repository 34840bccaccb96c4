using System.Globalization;
using Tendero.Config;
using Tendero.Core;
using Tendero.Delivery.Pacing;
using Tendero.Simulator;

namespace Tendero.Bench.Pacing;

/// <summary>One measured lane: a business's channel, the simulator account its sends arrive at, and its configured limits.</summary>
internal sealed record PacedLane(string Business, ChannelKind Channel, SimProvider Provider, string Account, LaneLimits Limits)
{
    public string Name => $"{Business}/{Channel.Name()}";

    /// <summary>The spacing to one recipient the provider asks for; null where there is none (SMS queues per sender).</summary>
    public TimeSpan? RecipientInterval => Limits.PerRecipient > TimeSpan.Zero ? Limits.PerRecipient : null;

    /// <summary>The WhatsApp, Telegram and SMS lanes of each business, in business order.</summary>
    public static IReadOnlyList<PacedLane> Of(IEnumerable<BusinessConfig> businesses) =>
        businesses.SelectMany(b => new[]
        {
            new PacedLane(b.Id, ChannelKind.WhatsApp, SimProvider.WhatsApp, b.WhatsApp!.PhoneNumberId, LimitsOf(b, ChannelKind.WhatsApp)),
            new PacedLane(b.Id, ChannelKind.Telegram, SimProvider.Telegram,
                new SimTelegramBot { Token = b.Telegram!.BotToken }.BotId.ToString(CultureInfo.InvariantCulture), LimitsOf(b, ChannelKind.Telegram)),
            new PacedLane(b.Id, ChannelKind.Sms, SimProvider.Twilio, b.Twilio!.AccountSid, LimitsOf(b, ChannelKind.Sms)),
        }).ToList();

    /// <summary>True for a send (not setWebhook, not a call) that this lane made.</summary>
    public bool IsSend(ApiRequestRecord r) => r.Provider == Provider && r.Account == Account && r.Method == "POST" && Channel switch
    {
        ChannelKind.WhatsApp => r.Path.EndsWith("/messages", StringComparison.Ordinal) && !r.Fields.ContainsKey("status"),
        ChannelKind.Telegram => r.Path.EndsWith("/sendMessage", StringComparison.Ordinal),
        _ => r.Path.EndsWith("/Messages.json", StringComparison.Ordinal),
    };

    /// <summary>True for a message this lane got accepted (an SMS, not a call, on the Twilio account).</summary>
    public bool Owns(OutboundMessageRecord m) => m.Provider == Provider && m.Account == Account && (Channel != ChannelKind.Sms || m.Kind == "sms");

    /// <summary>The provider's "slow down": HTTP 429 (Telegram, Twilio), or WhatsApp's 130429 (number) and 131056 (pair).</summary>
    public static bool IsRefusal(ApiRequestRecord r) => r.HttpStatus == 429 || r.ErrorCode is 130429 or 131056;

    private static LaneLimits LimitsOf(BusinessConfig b, ChannelKind channel) =>
        b.Lanes.TryGetValue(channel, out var limits) ? limits : LaneLimits.DefaultFor(channel);
}
