using System.Globalization;
using System.Text.Json.Nodes;
using Tendero.Simulator.Customers;
using Tendero.Simulator.Infrastructure;
using Tendero.Simulator.Telegram;
using Tendero.Simulator.Twilio;
using Tendero.Simulator.WhatsApp;

namespace Tendero.Simulator;

/// <summary>
/// The customers: each method sends what a real person's message looks like to the server under test, signed as the
/// provider signs it, and returns the provider id plus the HTTP status the server answered the first attempt.
/// An unknown account is a test bug and throws <see cref="ArgumentException"/>.
/// </summary>
public sealed class VirtualCustomers
{
    private readonly SimRegistry registry;
    private readonly WhatsAppInbound whatsApp;
    private readonly TelegramInbound telegram;
    private readonly TwilioInbound twilio;
    private readonly SimulatorJournal journal;

    internal VirtualCustomers(SimRegistry registry, WhatsAppInbound whatsApp, TelegramInbound telegram, TwilioInbound twilio, SimulatorJournal journal)
    {
        this.journal = journal;
        this.registry = registry;
        this.whatsApp = whatsApp;
        this.telegram = telegram;
        this.twilio = twilio;
    }

    /// <summary>A text message; opens the 24-hour window for <paramref name="waId"/>.</summary>
    public Task<InboundResult> SendWhatsAppTextAsync(string phoneNumberId, string waId, string profileName, string text,
        CancellationToken ct = default) =>
        whatsApp.SendAsync(registry.Line(phoneNumberId), waId, profileName, "text", new JsonObject { ["body"] = text }, null, ct);

    /// <summary>A press on a template quick-reply button (<c>type:"button"</c>).</summary>
    public Task<InboundResult> SendWhatsAppButtonAsync(string phoneNumberId, string waId, string profileName, string text, string payload,
        string? replyToWamid = null, CancellationToken ct = default) =>
        whatsApp.SendAsync(registry.Line(phoneNumberId), waId, profileName, "button",
            new JsonObject { ["text"] = text, ["payload"] = payload }, replyToWamid, ct);

    /// <summary>
    /// The person behind <paramref name="waId"/> taps quick-reply button <paramref name="index"/> of the last template the
    /// number sent them that has one: the inbound <c>type:"button"</c> webhook with that button's payload, <paramref name="text"/>
    /// (the label they saw; the payload when not given) and the template's wamid as context. Throws when no such template arrived.
    /// </summary>
    public Task<InboundResult> TapWhatsAppButtonAsync(string phoneNumberId, string waId, int index, string? text = null,
        string profileName = "Cliente", CancellationToken ct = default)
    {
        var digits = new string(waId.Where(char.IsAsciiDigit).ToArray());
        var template = journal.OutboundMessages(SimProvider.WhatsApp)
            .LastOrDefault(m => m.Account == phoneNumberId && m.To == digits && m.ButtonPayloads.Count > index)
            ?? throw new ArgumentException($"No template with a button {index} was sent to {waId} from {phoneNumberId}.", nameof(index));
        var payload = template.ButtonPayloads[index];
        return SendWhatsAppButtonAsync(phoneNumberId, digits, profileName, text ?? payload, payload, template.ProviderId, ct);
    }

    /// <summary>A press on an interactive reply button (<c>type:"interactive"</c>, <c>button_reply</c>).</summary>
    public Task<InboundResult> SendWhatsAppButtonReplyAsync(string phoneNumberId, string waId, string profileName, string buttonId,
        string title, string? replyToWamid = null, CancellationToken ct = default) =>
        whatsApp.SendAsync(registry.Line(phoneNumberId), waId, profileName, "interactive", new JsonObject
        {
            ["type"] = "button_reply",
            ["button_reply"] = new JsonObject { ["id"] = buttonId, ["title"] = title },
        }, replyToWamid, ct);

    /// <summary>Meta's GET subscription check against the number's webhook URL; true when the server echoed the challenge.</summary>
    public Task<bool> VerifyWhatsAppWebhookAsync(string phoneNumberId, string verifyToken, CancellationToken ct = default) =>
        whatsApp.VerifyAsync(registry.Line(phoneNumberId), verifyToken, ct);

    /// <summary>A text to the bot; the chat becomes known. Posted to the webhook if set, else queued for getUpdates.</summary>
    public Task<InboundResult> SendTelegramTextAsync(string botToken, long chatId, string firstName, string? languageCode, string text,
        CancellationToken ct = default) =>
        telegram.SendTextAsync(registry.Bot(botToken), chatId, firstName, languageCode, text, ct);

    /// <summary>A press on an inline keyboard button of bot message <paramref name="botMessageId"/>; <paramref name="data"/> is its callback_data.</summary>
    public Task<InboundResult> SendTelegramCallbackAsync(string botToken, long chatId, int botMessageId, string data,
        CancellationToken ct = default) =>
        telegram.SendCallbackAsync(registry.Bot(botToken), chatId, botMessageId, data, ct);

    /// <summary>An SMS from <paramref name="from"/> to one of the account's numbers.</summary>
    public Task<InboundResult> SendSmsAsync(string accountSid, string from, string to, string body, CancellationToken ct = default) =>
        twilio.SendAsync(registry.Account(accountSid), from, to, body, ct);

    /// <summary>Sends one message of a <see cref="Script"/> on its channel.</summary>
    public Task<InboundResult> SendAsync(ScriptedMessage message, CancellationToken ct = default) => message.Channel switch
    {
        SimProvider.WhatsApp => SendWhatsAppTextAsync(message.Account, message.From, message.Name, message.Text, ct),
        SimProvider.Telegram => SendTelegramTextAsync(message.Account, long.Parse(message.From, CultureInfo.InvariantCulture),
            message.Name.Split(' ')[0], message.LanguageCode, message.Text, ct),
        _ => SendSmsAsync(message.Account, message.From, message.To!, message.Text, ct),
    };

    /// <summary>
    /// A deterministic, varied burst of customer messages in Spanish and English (reservations, opening hours, questions,
    /// thanks, complaints) spread over the channels <paramref name="options"/> configures and over <paramref name="spread"/>
    /// (default one minute), oldest first. The same count, seed and accounts always give the same burst.
    /// </summary>
    public static IReadOnlyList<ScriptedMessage> Script(int count, int seed, SimulatorOptions options, TimeSpan? spread = null) =>
        CustomerScript.Make(count, seed, options, spread ?? TimeSpan.FromMinutes(1));
}
