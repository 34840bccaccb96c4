using Tendero.Solutions.Reservations;

namespace Tendero.IntegrationTests.Kitchen;

/// <summary>
/// The kitchen agent through the whole server: <c>reservation.confirmed</c> → <c>kitchen.ticket</c> → print queue →
/// the simulator's virtual printer, which decodes what it printed.
/// </summary>
public sealed class KitchenTicketTests
{
    [Fact]
    public async Task ReservationConfirmed_AllergyOrLargeParty_PrintsOncePerVersionAndCancellationsOfTicketedOnly()
    {
        await using var world = await KitchenWorld.StartAsync();
        var printer = world.App.Simulator.Printer;
        var allergy = world.Booking("r-alergia", "20:00", 2, "Alergia al maní, sin gluten");
        var birthday = world.Booking("r-cumple", "20:30", 4, "Cumpleaños, mesa junto a la ventana");
        var large = world.Booking("r-grupo", "21:00", 10, name: "Empresa Sol");

        await world.PublishAsync(allergy, version: 1);
        await world.PublishAsync(birthday, version: 1);
        await world.PublishAsync(large, version: 1);
        await world.PublishAsync(allergy, version: 1); // redelivered / published twice
        await world.UntilAsync(() => printer.Tickets.Count >= 2, "two tickets printed");

        await world.PublishAsync(allergy with { Status = ReservationStatus.Cancelled }, version: 2);
        await world.PublishAsync(birthday with { Status = ReservationStatus.Cancelled }, version: 2);
        await world.PublishAsync(allergy with { Status = ReservationStatus.Cancelled }, version: 2);
        await world.UntilAsync(() => printer.Tickets.Count >= 3, "the cancellation printed");
        await world.UntilAsync(() => world.ScalarAsync<long>("SELECT COUNT(*) FROM agent_work WHERE state <> 'done'").Result == 0, "every event handled");
        await Task.Delay(TimeSpan.FromMilliseconds(500), TimeProvider.System);

        var tickets = printer.Tickets.Select(t => t.Text).ToList();
        Assert.Equal(3, tickets.Count);
        var ana = Assert.Single(tickets, t => t.Contains("Ana Núñez", StringComparison.Ordinal) && t.Contains("Reserva", StringComparison.Ordinal) && !t.Contains("CANCELADA", StringComparison.Ordinal));
        Assert.Contains("MANÍ", ana, StringComparison.Ordinal);
        Assert.Contains("GLUTEN", ana, StringComparison.Ordinal);
        Assert.Contains("20:00", ana, StringComparison.Ordinal);
        Assert.Single(tickets, t => t.Contains("Empresa Sol", StringComparison.Ordinal) && t.Contains("10x personas", StringComparison.Ordinal));
        var cancel = Assert.Single(tickets, t => t.Contains("CANCELADA", StringComparison.Ordinal));
        Assert.Contains("Ana Núñez", cancel, StringComparison.Ordinal);
        Assert.DoesNotContain(tickets, t => t.Contains("Cumpleaños", StringComparison.Ordinal));
    }
}
