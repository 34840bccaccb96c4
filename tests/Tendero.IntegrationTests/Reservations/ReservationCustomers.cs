using Tendero.IntegrationTests.Support;
using Tendero.Simulator;

namespace Tendero.IntegrationTests.Reservations;

/// <summary>
/// La Fonda's three test customers (Rosa on WhatsApp, John on Telegram, Luis by SMS) writing through the simulator's
/// signed webhooks, and what each of them hears back, read from the simulator's journal.
/// </summary>
internal sealed class ReservationCustomers(TestApp app)
{
    public const string WhatsAppCustomer = "50761239876";
    public const string TelegramChat = "815000777";
    public const string SmsCustomer = "+50766667777";

    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Tomorrow in Panamá, as the parser reads "mañana" and "tomorrow".</summary>
    public static DateOnly Tomorrow =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("America/Panama")).DateTime).AddDays(1);

    public async Task SayAsync(SimProvider channel, string text, string language = "es")
    {
        var b = app.Business;
        var message = channel switch
        {
            SimProvider.WhatsApp => new ScriptedMessage(channel, b.WhatsApp!.PhoneNumberId, WhatsAppCustomer, null, "Rosa", language, text, TimeSpan.Zero),
            SimProvider.Telegram => new ScriptedMessage(channel, b.Telegram!.BotToken, TelegramChat, null, "John", language, text, TimeSpan.Zero),
            _ => new ScriptedMessage(channel, b.Twilio!.AccountSid, SmsCustomer, b.Twilio.From, "Luis", language, text, TimeSpan.Zero),
        };
        var sent = await app.Simulator.Customers.SendAsync(message);
        Assert.Equal(200, sent.HttpStatus);
    }

    /// <summary>Sends, then waits for a reply to this customer that contains <paramref name="expect"/>.</summary>
    public async Task<string> SayAndHearAsync(SimProvider channel, string text, string expect, string language = "es")
    {
        var before = Heard(channel).Count;
        await SayAsync(channel, text, language);
        return await HearAsync(channel, before, $"«{text}»", expect);
    }

    /// <summary>Waits for a reply, after the first <paramref name="skip"/> this customer heard, that contains one of <paramref name="expect"/>.</summary>
    public async Task<string> HearAsync(SimProvider channel, int skip, string answering, params string[] expect)
    {
        string? found = null;
        try
        {
            await Eventually.UntilAsync(
                () => Task.FromResult((found = Heard(channel).Skip(skip).FirstOrDefault(t => expect.Any(e => t.Contains(e, StringComparison.Ordinal)))) is not null),
                ReplyTimeout, $"a reply with «{string.Join("» or «", expect)}» to {answering}");
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}; heard: {string.Join(" | ", Heard(channel).Skip(skip))}", e);
        }
        return found!;
    }

    public IReadOnlyList<string> Heard(SimProvider channel)
    {
        var to = channel switch { SimProvider.WhatsApp => WhatsAppCustomer, SimProvider.Telegram => TelegramChat, _ => SmsCustomer };
        return [.. app.Simulator.Journal.OutboundMessages(channel).Where(m => m.To == to && m.Text is not null).Select(m => m.Text!)];
    }
}
