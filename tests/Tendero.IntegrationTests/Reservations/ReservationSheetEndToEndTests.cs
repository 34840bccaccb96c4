using Tendero.Simulator;

namespace Tendero.IntegrationTests.Reservations;

/// <summary>
/// The reservation conversation end to end against the real book: signed webhooks from the simulator on loopback, the
/// agents, <c>ReservationBook</c> and La Fonda's workbook standing in for its Google Sheet (8 seats a slot, one-hour
/// turns, open every day). Each test checks what the customer hears and the row the Reservas tab ends up holding.
/// </summary>
public sealed class ReservationSheetEndToEndTests
{
    private const SimProvider Wa = SimProvider.WhatsApp;
    private const SimProvider Tg = SimProvider.Telegram;
    private const string Rosa = "+" + ReservationCustomers.WhatsAppCustomer;

    [Fact]
    public async Task Book_SpanishOverSeveralWhatsAppMessages_AddsTheRowToReservas()
    {
        await using var w = await SheetReservationWorld.StartAsync();
        var c = w.Customers;

        await c.SayAndHearAsync(Wa, "Hola, quiero reservar una mesa", "¿Para qué día?");
        await c.SayAndHearAsync(Wa, "mañana", "¿A qué hora?");
        await c.SayAndHearAsync(Wa, "a las 8 de la noche", "¿Para cuántas personas?");
        await c.SayAndHearAsync(Wa, "somos 4", "¿A nombre de quién?");
        await c.SayAndHearAsync(Wa, "a nombre de Ana", "¿Confirmo?");
        var confirmed = await c.SayAndHearAsync(Wa, "sí", "queda reservada");

        var row = await w.RowAsync(r => r["Nombre"] == "Ana", "Ana's booking");
        Assert.Equal((SheetReservationWorld.TomorrowIso, "20:00", "Ana", "4", Rosa, "whatsapp", "Confirmada"),
            (row["Fecha"], row["Hora"], row["Nombre"], row["Personas"], row["Teléfono"], row["Canal"], row["Estado"]));
        Assert.StartsWith("R-", row["ID"], StringComparison.Ordinal);
        Assert.Single(await w.BookingRowsAsync());
        Assert.Contains("a las 20:00", confirmed, StringComparison.Ordinal);
        Assert.Contains("4 personas", confirmed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Book_EnglishInOneTelegramMessage_AddsTheRowUnderTheChatId()
    {
        await using var w = await SheetReservationWorld.StartAsync();

        await w.Customers.SayAndHearAsync(Tg, "Book a table for 2 tomorrow at 8pm under the name John Smith", "Shall I confirm?", "en");
        var confirmed = await w.Customers.SayAndHearAsync(Tg, "yes", "is booked", "en");

        var row = await w.RowAsync(r => r["Nombre"] == "John Smith", "John's booking");
        Assert.Equal((SheetReservationWorld.TomorrowIso, "20:00", "2", ReservationCustomers.TelegramChat, "telegram", "Confirmada"),
            (row["Fecha"], row["Hora"], row["Personas"], row["Teléfono"], row["Canal"], row["Estado"]));
        Assert.Contains("at 20:00", confirmed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Change_BySmsFoundByPhoneAndDate_MovesTheRowsHoraAndKeepsTheRest()
    {
        await using var w = await SheetReservationWorld.StartAsync();
        await w.Tab("reservas").AppendAsync(new Dictionary<string, object?>
        {
            ["ID"] = "R-7K3M9P2Q", ["Fecha"] = SheetReservationWorld.TomorrowIso, ["Hora"] = "20:00", ["Nombre"] = "Luis", ["Personas"] = 4L,
            ["Teléfono"] = ReservationCustomers.SmsCustomer, ["Canal"] = "sms", ["Notas"] = "Terraza", ["Estado"] = "Confirmada",
        }, default);
        await w.TypeBookingAsync("20:00", "Marta", 2, "+50760004444"); // someone else's booking that evening

        await w.Customers.SayAndHearAsync(SimProvider.Twilio, "Quiero cambiar mi reserva de mañana a las 21:00", "¿Confirmo?");
        var changed = await w.Customers.SayAndHearAsync(SimProvider.Twilio, "sí", "Tu reserva queda");

        var row = await w.RowAsync(r => r["ID"] == "R-7K3M9P2Q" && r["Hora"] == "21:00", "Luis's booking at 21:00");
        Assert.Equal((SheetReservationWorld.TomorrowIso, "Luis", "4", "Terraza", "Confirmada"), (row["Fecha"], row["Nombre"], row["Personas"], row["Notas"], row["Estado"]));
        var marta = Assert.Single(await w.BookingRowsAsync(), r => r["Nombre"] == "Marta");
        Assert.Equal(("20:00", ""), (marta["Hora"], marta["ID"]));
        Assert.Contains("21:00", changed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_ARowStaffTypedForThisPhone_MarksItCanceladaAndFreesTheSeats()
    {
        await using var w = await SheetReservationWorld.StartAsync();
        await w.TypeBookingAsync("8 pm", "Rosa", 2, "6123-9876"); // María took it by phone, the local way

        await w.Customers.SayAndHearAsync(Wa, "Quiero cancelar mi reserva de mañana", "¿Confirmo?");
        var cancelled = await w.Customers.SayAndHearAsync(Wa, "sí", "cancelé tu reserva");

        var row = await w.RowAsync(r => r["Nombre"] == "Rosa" && r["Estado"] == "Cancelada", "Rosa's booking cancelled");
        Assert.Equal(("8 pm", "2", "6123-9876"), (row["Hora"], row["Personas"], row["Teléfono"]));
        Assert.StartsWith("R-", row["ID"], StringComparison.Ordinal); // adopted, so the queued write could find it
        Assert.Single(await w.BookingRowsAsync());
        Assert.Equal(0, await w.CoversTomorrowAsync());
        Assert.Contains("20:00", cancelled, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Book_SlotFullInTheSheet_OffersAlternativesAndBooksThePickedOne()
    {
        await using var w = await SheetReservationWorld.StartAsync();
        await w.TypeBookingAsync("20:00", "Familia Chen", SheetReservationWorld.Seats, "+50760001002", "Cumpleaños");

        await w.Customers.SayAndHearAsync(Wa, "Quiero reservar para 4 mañana a las 8 de la noche a nombre de Ana", "¿Confirmo?");
        var refused = await w.Customers.SayAndHearAsync(Wa, "sí", "está lleno");
        Assert.Contains("A las 20:00 está lleno; tenemos 19:00, 21:00 o 18:30.", refused, StringComparison.Ordinal);
        var booked = await w.Customers.SayAndHearAsync(Wa, "la de las 21:00", "queda reservada");

        var row = await w.RowAsync(r => r["Nombre"] == "Ana", "Ana's booking");
        Assert.Equal((SheetReservationWorld.TomorrowIso, "21:00", "4", Rosa, "Confirmada"), (row["Fecha"], row["Hora"], row["Personas"], row["Teléfono"], row["Estado"]));
        Assert.Equal(["Familia Chen", "Ana"], (await w.BookingRowsAsync()).Select(r => r["Nombre"]));
        Assert.Contains("a las 21:00", booked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MenuQuestion_CeliacAfterStaffEditedTheMenuTab_NamesOnlyTheTabsSafeDishes()
    {
        await using var w = await SheetReservationWorld.StartAsync();
        var menu = w.Tab("menu");
        // The kitchen now fries patacones with the breaded things, and has added a dish only the sheet knows.
        Assert.True(await menu.UpdateAsync("Plato", "Patacones", new Dictionary<string, object?> { ["Alérgenos"] = "gluten" }, default));
        await menu.AppendAsync(new Dictionary<string, object?> { ["Plato"] = "Arroz con guacho", ["Ingredientes"] = "arroz, frijoles, cerdo, culantro", ["Alérgenos"] = "" }, default);

        var answer = await w.Customers.SayAndHearAsync(Wa, "Soy celíaco, ¿qué puedo comer?", "puedes pedir:");

        var list = answer[(answer.IndexOf("puedes pedir:", StringComparison.Ordinal) + "puedes pedir:".Length)..];
        var named = list[..list.IndexOf(". ", StringComparison.Ordinal)].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            ["Sancocho de gallina", "Ropa vieja", "Arroz con pollo", "Corvina a la plancha", "Ceviche de corvina", "Camarones al ajillo",
             "Carimañolas", "Tamal de olla", "Arroz con coco y guandú", "Arroz con guacho"],
            named);
        var dishes = (await menu.ReadAsync(default)).Select(r => r.Values["Plato"]).ToHashSet();
        Assert.All(named, name => Assert.Contains(name, dishes));
        Assert.Empty(await w.BookingRowsAsync());
    }

    [Fact]
    public async Task Book_TwoCustomersRaceForTheLastTable_ExactlyOneRowIsAddedAndTheOtherHearsAlternatives()
    {
        await using var w = await SheetReservationWorld.StartAsync();
        var c = w.Customers;
        await w.TypeBookingAsync("20:00", "Familia Chen", SheetReservationWorld.Seats - 2, "+50760001002");
        await c.SayAndHearAsync(Wa, "Quiero reservar para 2 mañana a las 8 de la noche a nombre de Ana", "¿Confirmo?");
        await c.SayAndHearAsync(Tg, "Book a table for 2 tomorrow at 8pm under the name John Smith", "Shall I confirm?", "en");
        var (waSkip, tgSkip) = (c.Heard(Wa).Count, c.Heard(Tg).Count);

        await Task.WhenAll(c.SayAsync(Wa, "sí"), c.SayAsync(Tg, "yes", "en"));
        var answers = await Task.WhenAll(
            c.HearAsync(Wa, waSkip, "«sí»", "queda reservada", "está lleno"),
            c.HearAsync(Tg, tgSkip, "«yes»", "is booked", "is full"));

        var won = answers.Select(a => a.Contains("queda reservada", StringComparison.Ordinal) || a.Contains("is booked", StringComparison.Ordinal)).ToArray();
        Assert.True(won.Count(x => x) == 1, $"exactly one booked; heard: {string.Join(" | ", answers)}");
        var lost = answers[Array.IndexOf(won, false)];
        Assert.Contains("19:00, 21:00", lost, StringComparison.Ordinal);
        var (winner, loser) = won[0] ? ("Ana", "John Smith") : ("John Smith", "Ana");
        await w.RowAsync(r => r["Nombre"] == winner, $"{winner}'s booking");
        var rows = await w.BookingRowsAsync();
        Assert.Equal(["Familia Chen", winner], rows.Where(r => r["Hora"] == "20:00").Select(r => r["Nombre"]));
        Assert.DoesNotContain(rows, r => r["Nombre"] == loser);
        Assert.Equal(SheetReservationWorld.Seats, await w.CoversTomorrowAsync());
    }

    [Fact]
    public async Task Book_AfterStaffTypedARowFillingTheSlot_RefusesWithAlternativesAndWritesNothing()
    {
        await using var w = await SheetReservationWorld.StartAsync();
        await w.Customers.SayAndHearAsync(Wa, "Quiero reservar para 4 mañana a las 8 de la noche a nombre de Ana", "¿Confirmo?");
        await w.Customers.SayAndHearAsync(Wa, "sí", "queda reservada");
        await w.RowAsync(r => r["Nombre"] == "Ana" && r["Hora"] == "20:00", "Ana's booking");

        // While the server runs, María types in a booking that takes the rest of 20:00.
        await w.TypeBookingAsync("8:00 pm", "Marta (llamó)", SheetReservationWorld.Seats - 4, "+50760004444");
        await w.Customers.SayAndHearAsync(Tg, "Book a table for 2 tomorrow at 8pm under the name John Smith", "Shall I confirm?", "en");
        var refused = await w.Customers.SayAndHearAsync(Tg, "yes", "is full", "en");

        Assert.Contains("20:00 is full; we have 19:00, 21:00 or 18:30.", refused, StringComparison.Ordinal);
        Assert.Equal(["Ana", "Marta (llamó)"], (await w.BookingRowsAsync()).Select(r => r["Nombre"]));
        Assert.Equal(SheetReservationWorld.Seats, await w.CoversTomorrowAsync());
    }
}
