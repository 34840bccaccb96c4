using Tendero.Simulator;
using Tendero.Solutions.Reservations;

namespace Tendero.IntegrationTests.Reservations;

/// <summary>
/// The reservation conversation end to end: signed webhooks from the simulator on loopback, the parser, the
/// conversation and reservations agents, and the book, on WhatsApp, Telegram and SMS, in Spanish and English.
/// </summary>
public sealed class ReservationConversationTests
{
    private static readonly TimeOnly Eight = new(20, 0);

    [Fact]
    public async Task Book_SpanishOverSeveralWhatsAppMessages_BooksAndConfirmsWithTheDetails()
    {
        await using var w = await ReservationWorld.StartAsync();
        const SimProvider wa = SimProvider.WhatsApp;

        await w.SayAndHearAsync(wa, "Hola, quiero reservar una mesa", "¿Para qué día?");
        await w.SayAndHearAsync(wa, "mañana", "¿A qué hora?");
        await w.SayAndHearAsync(wa, "a las 8 de la noche", "¿Para cuántas personas?");
        await w.SayAndHearAsync(wa, "somos 4", "¿A nombre de quién?");
        await w.SayAndHearAsync(wa, "a nombre de Ana", "¿Confirmo?");
        var confirmed = await w.SayAndHearAsync(wa, "sí", "queda reservada");

        var booking = Assert.Single(w.Book.All);
        Assert.Equal((ReservationWorld.Tomorrow, Eight, 4, "Ana", "+" + ReservationWorld.WhatsAppCustomer, "whatsapp"),
            (booking.Date, booking.Time, booking.PartySize, booking.Name, booking.Phone, booking.Channel));
        Assert.Contains("20:00", confirmed, StringComparison.Ordinal);
        Assert.Contains("4 personas", confirmed, StringComparison.Ordinal);
        Assert.DoesNotContain(w.Heard(wa), t => t.Contains("registrado", StringComparison.Ordinal)); // the book answered, not a promise
    }

    [Fact]
    public async Task Book_EnglishInOneTelegramMessage_BooksUnderTheChatId()
    {
        await using var w = await ReservationWorld.StartAsync();

        await w.SayAndHearAsync(SimProvider.Telegram, "Book a table for 2 tomorrow at 8pm under the name John Smith", "Shall I confirm?", "en");
        var confirmed = await w.SayAndHearAsync(SimProvider.Telegram, "yes", "is booked", "en");

        var booking = Assert.Single(w.Book.All);
        Assert.Equal((ReservationWorld.Tomorrow, Eight, 2, "John Smith", ReservationWorld.TelegramChat, "telegram"),
            (booking.Date, booking.Time, booking.PartySize, booking.Name, booking.Phone, booking.Channel));
        Assert.Contains("All set!", confirmed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Change_ExistingBookingBySms_MovesItToTheNewTime()
    {
        await using var w = await ReservationWorld.StartAsync();
        var old = w.Book.Seed(Request(ReservationWorld.SmsCustomer, "sms"));

        await w.SayAndHearAsync(SimProvider.Twilio, "Quiero cambiar mi reserva de mañana a las 21:00", "¿Confirmo?");
        var changed = await w.SayAndHearAsync(SimProvider.Twilio, "sí", "Tu reserva queda");

        var booking = Assert.Single(w.Book.All);
        Assert.Equal((old.Id, new TimeOnly(21, 0), ReservationStatus.Confirmed), (booking.Id, booking.Time, booking.Status));
        Assert.Contains("21:00", changed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_ExistingBookingOnWhatsApp_MarksItCancelled()
    {
        await using var w = await ReservationWorld.StartAsync();
        w.Book.Seed(Request("+" + ReservationWorld.WhatsAppCustomer, "whatsapp"));

        await w.SayAndHearAsync(SimProvider.WhatsApp, "Quiero cancelar mi reserva de mañana", "¿Confirmo?");
        await w.SayAndHearAsync(SimProvider.WhatsApp, "sí", "cancelé tu reserva");

        Assert.Equal(ReservationStatus.Cancelled, Assert.Single(w.Book.All).Status);
    }

    [Fact]
    public async Task Book_SlotFull_OffersAlternativesAndBooksThePickedOne()
    {
        await using var w = await ReservationWorld.StartAsync();
        w.Book.Fill(ReservationWorld.Tomorrow, Eight);
        const SimProvider wa = SimProvider.WhatsApp;

        await w.SayAndHearAsync(wa, "Quiero reservar para 4 mañana a las 8 de la noche a nombre de Ana", "¿Confirmo?");
        var refused = await w.SayAndHearAsync(wa, "sí", "está lleno");
        Assert.Contains("19:30 o 20:30", refused, StringComparison.Ordinal);
        await w.SayAndHearAsync(wa, "la de las 20:30", "queda reservada");

        var mine = Assert.Single(w.Book.All, b => b.Phone == "+" + ReservationWorld.WhatsAppCustomer);
        Assert.Equal((new TimeOnly(20, 30), 4, "Ana"), (mine.Time, mine.PartySize, mine.Name));
    }

    [Fact]
    public async Task MenuQuestion_Celiac_NamesOnlySafeDishesFromTheMenu()
    {
        await using var w = await ReservationWorld.StartAsync();

        var answer = await w.SayAndHearAsync(SimProvider.WhatsApp, "Soy celíaco, ¿qué puedo comer?", "puedes pedir");

        var named = answer[(answer.IndexOf(':', StringComparison.Ordinal) + 1)..answer.IndexOf('.', StringComparison.Ordinal)]
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var menu = SampleMenu.LaFonda.ToDictionary(d => d.Name);
        Assert.All(named, name => Assert.True(menu.ContainsKey(name), $"«{name}» is not on the menu"));
        Assert.All(named, name => Assert.DoesNotContain("gluten", menu[name].Allergens));
        Assert.Contains("Patacones", named);
        Assert.DoesNotContain("Empanadas de carne", named);
        Assert.Empty(w.Book.All);
    }

    [Fact]
    public async Task Handoff_ComplaintInTheMiddleOfABooking_TellsStaffAndBooksNothing()
    {
        await using var w = await ReservationWorld.StartAsync();

        await w.SayAndHearAsync(SimProvider.WhatsApp, "Quiero reservar para mañana", "¿A qué hora?");
        await w.SayAndHearAsync(SimProvider.WhatsApp, "mejor quiero hablar con el encargado, tengo una queja", "Te comunico con una persona");

        await Support.Eventually.UntilAsync(() => Task.FromResult(w.App.Simulator.Journal.OutboundMessages(SimProvider.Telegram)
            .Any(m => m.To == "700100200" && m.Text?.Contains("/bot", StringComparison.Ordinal) == true)), TimeSpan.FromSeconds(30), "María told on Telegram");
        Assert.Empty(w.Book.All);
    }

    private static BookingRequest Request(string phone, string channel) => new()
    {
        Date = ReservationWorld.Tomorrow, Time = Eight, PartySize = 4, Name = "Ana", Phone = phone, Channel = channel,
    };
}
