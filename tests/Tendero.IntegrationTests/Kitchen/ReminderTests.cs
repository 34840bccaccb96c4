using Tendero.Simulator;
using Tendero.Solutions.Reservations;

namespace Tendero.IntegrationTests.Kitchen;

/// <summary>
/// Day-of reminders end to end: the worker at 10:00 starts a chain per confirmed booking; the WhatsApp template with
/// its Confirm / Cancel quick replies reaches the simulator as the contract describes; a tap comes back as the real
/// <c>type:"button"</c> webhook, which acks the chain and (for Cancel) frees the seats in the book at once.
/// </summary>
public sealed class ReminderTests
{
    private const string Ana = "+50761110001";
    private const string Luis = "+50761110002";

    [Fact]
    public async Task Reminder_TapCancelOrConfirm_BookUpdatedChainAckedNoSms()
    {
        await using var world = await KitchenWorld.StartAsync(simulator: o =>
        {
            o.People[Ana] = new SimPersonBehaviour { Read = SimRead.Never };
            o.People[Luis] = new SimPersonBehaviour { Read = SimRead.Never };
        });
        var ana = world.Booking("r-ana", "20:00", 4, phone: Ana);
        var luis = world.Booking("r-luis", "21:00", 2, phone: Luis, name: "Luis Pérez");
        world.Booking("r-done", "09:00", 2, phone: "+50761110003"); // already past at 10:00: no reminder
        world.Book.Add(world.Booking("r-off", "20:30", 2, phone: "+50761110004") with { Status = ReservationStatus.Cancelled });

        Assert.Equal(2, await world.WorkerAt(new TimeOnly(10, 0)).RunOnceAsync(default));
        Assert.Equal(0, await world.WorkerAt(new TimeOnly(10, 5)).RunOnceAsync(default)); // once per booking per day

        await world.UntilAsync(() => world.Sent(SimProvider.WhatsApp, Ana).Count == 1 && world.Sent(SimProvider.WhatsApp, Luis).Count == 1, "both reminders sent");
        var template = world.Sent(SimProvider.WhatsApp, Ana)[0];
        Assert.Equal(("template", "reserva_recordatorio"), (template.Kind, template.TemplateName));
        Assert.Equal("Ana 20:00 4", template.Text); // body parameters name, time, party
        var day = world.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal([$"reservation:confirm:{day}:r-ana", $"reservation:cancel:{day}:r-ana"], template.ButtonPayloads);
        Assert.Empty(world.Sent(SimProvider.WhatsApp, "+50761110003"));

        var phoneNumberId = world.App.Business.WhatsApp!.PhoneNumberId;
        Assert.Equal(200, (await world.App.Simulator.Customers.TapWhatsAppButtonAsync(phoneNumberId, Ana, 1, "Cancelar")).HttpStatus);
        Assert.Equal(200, (await world.App.Simulator.Customers.TapWhatsAppButtonAsync(phoneNumberId, Luis, 0, "Confirmar")).HttpStatus);

        await world.UntilAsync(() => world.Book.Get("r-ana").Status == ReservationStatus.Cancelled, "Ana's booking cancelled");
        Assert.False(world.Book.Get("r-ana").HoldsSeats);
        await world.UntilAsync(() => world.Sent(SimProvider.WhatsApp, Ana).Any(m => m.Text?.Contains("cancelamos", StringComparison.Ordinal) == true), "Ana told");
        await world.UntilAsync(() => world.Sent(SimProvider.WhatsApp, Luis).Any(m => m.Text?.Contains("Gracias", StringComparison.Ordinal) == true), "Luis thanked");
        await world.UntilAsync(() => world.ScalarAsync<long>(
            "SELECT COUNT(*) FROM chains WHERE policy = 'reservation-reminder' AND state = 'done' AND outcome = 'acked'").Result == 2, "both chains acked");
        Assert.Equal(ReservationStatus.Confirmed, world.Book.Get("r-luis").Status);
        Assert.Equal([("r-ana", ReservationStatus.Cancelled)], world.Book.Changes);
        Assert.Empty(world.Sent(SimProvider.Twilio, Ana));
        Assert.Empty(world.Sent(SimProvider.Twilio, Luis));
    }

    [Fact]
    public async Task Reminder_NoAnswer_WalksToSmsAndAReplyOf2Cancels()
    {
        // The policy as shipped, with seconds instead of hours.
        static string Seconds(string yaml) => yaml.Replace(
            "      - wait: 2h\n        until: read\n      - notify: sms\n      - wait: 4h",
            "      - wait: 2s\n        until: read\n      - notify: sms\n      - wait: 30s", StringComparison.Ordinal);
        await using var world = await KitchenWorld.StartAsync(Seconds, o => o.People[Ana] = new SimPersonBehaviour { Read = SimRead.Never });
        world.Booking("r-ana", "20:00", 4, phone: Ana);

        Assert.Equal(1, await world.WorkerAt(new TimeOnly(10, 30)).RunOnceAsync(default));

        await world.UntilAsync(() => world.Sent(SimProvider.Twilio, Ana).Count == 1, "the SMS step after the unanswered WhatsApp");
        var sms = world.Sent(SimProvider.Twilio, Ana)[0];
        Assert.Contains("Responde 1 para confirmar, 2 para cancelar", sms.Text, StringComparison.Ordinal);
        Assert.Single(world.Sent(SimProvider.WhatsApp, Ana));

        var twilio = world.App.Business.Twilio!;
        await world.App.Simulator.Customers.SendSmsAsync(twilio.AccountSid, Ana, twilio.From, "2");

        await world.UntilAsync(() => world.Book.Get("r-ana").Status == ReservationStatus.Cancelled, "cancelled by SMS");
        await world.UntilAsync(() => world.Sent(SimProvider.Twilio, Ana).Any(m => m.Text?.Contains("cancelamos", StringComparison.Ordinal) == true), "told by SMS");
        await world.UntilAsync(() => world.ScalarAsync<string>(
            "SELECT state FROM chains WHERE policy = 'reservation-reminder'").Result == "done", "the chain ended on the reply");
    }

    [Fact]
    public async Task Reminder_TelegramGuest_InlineKeyboardAndItsCancelButton()
    {
        const long Chat = 5550777;
        await using var world = await KitchenWorld.StartAsync(simulator: o => o.Behaviour.KnownTelegramChats.Add(Chat));
        world.Booking("r-tg", "20:00", 3, phone: "5550777", channel: "telegram", name: "Rosa Díaz");

        Assert.Equal(1, await world.WorkerAt(new TimeOnly(10, 0)).RunOnceAsync(default));

        await world.UntilAsync(() => world.Sent(SimProvider.Telegram, "5550777").Count == 1, "the Telegram reminder");
        var reminder = world.Sent(SimProvider.Telegram, "5550777")[0];
        var day = world.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"reservation:cancel:{day}:r-tg", reminder.ReplyMarkup, StringComparison.Ordinal);
        Assert.Contains("Confirmar", reminder.ReplyMarkup, StringComparison.Ordinal);
        var messageId = int.Parse(reminder.ProviderId.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);

        await world.App.Simulator.Customers.SendTelegramCallbackAsync(world.App.Business.Telegram!.BotToken, Chat, messageId, $"reservation:cancel:{day}:r-tg");

        await world.UntilAsync(() => world.Book.Get("r-tg").Status == ReservationStatus.Cancelled, "cancelled from the button");
        await world.UntilAsync(() => world.Sent(SimProvider.Telegram, "5550777").Any(m => m.Text?.Contains("cancelamos", StringComparison.Ordinal) == true), "told on Telegram");
    }
}
