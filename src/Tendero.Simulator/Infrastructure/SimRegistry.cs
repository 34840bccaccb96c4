using Tendero.Simulator.Telegram;
using Tendero.Simulator.Twilio;
using Tendero.Simulator.WhatsApp;

namespace Tendero.Simulator.Infrastructure;

/// <summary>The run-time state of every configured account, by the key each API addresses it with.</summary>
internal sealed class SimRegistry(SimulatorOptions options, TimeProvider time, SimRandom random)
{
    public IReadOnlyDictionary<string, WhatsAppLine> WhatsApp { get; } =
        options.WhatsApp.ToDictionary(a => a.PhoneNumberId, a => new WhatsAppLine(a, time), StringComparer.Ordinal);

    public IReadOnlyDictionary<string, TelegramBotState> Telegram { get; } =
        options.Telegram.ToDictionary(b => b.Token, b => new TelegramBotState(b, time, random), StringComparer.Ordinal);

    public IReadOnlyDictionary<string, TwilioAccountState> Twilio { get; } =
        options.Twilio.ToDictionary(a => a.AccountSid, a => new TwilioAccountState(a, time), StringComparer.Ordinal);

    public WhatsAppLine Line(string phoneNumberId) => WhatsApp.GetValueOrDefault(phoneNumberId)
        ?? throw new ArgumentException($"No simulated WhatsApp phone number id '{phoneNumberId}'.", nameof(phoneNumberId));

    public TelegramBotState Bot(string token) => Telegram.GetValueOrDefault(token)
        ?? throw new ArgumentException("No simulated Telegram bot has this token.", nameof(token));

    public TwilioAccountState Account(string accountSid) => Twilio.GetValueOrDefault(accountSid)
        ?? throw new ArgumentException($"No simulated Twilio account '{accountSid}'.", nameof(accountSid));
}
