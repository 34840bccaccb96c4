using Tendero.Solutions.Reservations;

namespace Tendero.IntegrationTests.Kitchen;

/// <summary>The evening's prep summary: once per day per business at 17:00 local, on the virtual printer.</summary>
public sealed class PrepSummaryTests
{
    private const string NoPhone = ""; // bookings staff typed without a phone: no reminders in this test

    // The summary's ticket is stamped 17:00 on the worker's clock: on a day already past, it prints whatever the hour.
    private static DateOnly Yesterday(KitchenWorld world) => world.Today.AddDays(-1);

    [Fact]
    public async Task PrepSummary_At1700_OneTicketWithCoversPerSlotAndAllergies_OncePerDay()
    {
        await using var world = await KitchenWorld.StartAsync();
        world.Booking("a", "19:00", 4, "alérgica al maní", phone: NoPhone, day: Yesterday(world));
        world.Booking("b", "19:15", 2, phone: NoPhone, day: Yesterday(world));
        world.Booking("c", "20:00", 6, "vegetariano; intolerante a la lactosa", name: "Carla Ruiz", phone: NoPhone, day: Yesterday(world));
        world.Booking("d", "12:30", 3, "mariscos no", phone: NoPhone, day: Yesterday(world)); // lunch: before the summary's time
        world.Book.Add(world.Booking("e", "20:15", 5, "gluten", phone: NoPhone, day: Yesterday(world)) with { Status = ReservationStatus.Cancelled });

        Assert.Equal(0, await world.WorkerAt(new TimeOnly(16, 59), Yesterday(world)).RunOnceAsync(default));
        Assert.Equal(1, await world.WorkerAt(new TimeOnly(17, 0), Yesterday(world)).RunOnceAsync(default));
        Assert.Equal(0, await world.WorkerAt(new TimeOnly(17, 1), Yesterday(world)).RunOnceAsync(default)); // another node, or a restart

        var printer = world.App.Simulator.Printer;
        await world.UntilAsync(() => printer.Tickets.Count >= 1, "the summary printed");
        await Task.Delay(TimeSpan.FromMilliseconds(500), TimeProvider.System);
        var text = Assert.Single(printer.Tickets).Text;
        Assert.Contains("Resumen del servicio", text, StringComparison.Ordinal);
        Assert.Contains("Cliente: 12 cubiertos", text, StringComparison.Ordinal);
        Assert.Contains("6x 19:00-19:30 2 reservas\n   > 19:00 Ana (4): alérgica al maní", text, StringComparison.Ordinal);
        Assert.Contains("6x 20:00-20:30 1 reserva\n", text, StringComparison.Ordinal);
        Assert.Contains("MANÍ", text, StringComparison.Ordinal);
        Assert.Contains("LÁCTEOS", text, StringComparison.Ordinal);
        Assert.DoesNotContain("GLUTEN", text, StringComparison.Ordinal); // the cancelled booking's
        Assert.DoesNotContain("MARISCOS", text, StringComparison.Ordinal); // lunch's
        Assert.Equal(1L, await world.ScalarAsync<long>("SELECT COUNT(*) FROM reservation_jobs WHERE kind = 'prep'"));
    }

    // Two nodes on one PostgreSQL look at the clock at the same moment: one summary.
    [SkippableFact]
    public async Task PrepSummary_TwoNodesAtOnceOnPostgres_OneTicket()
    {
        await using var world = await KitchenWorld.StartAsync(database: "postgres");
        world.Booking("a", "19:00", 4, "alérgica al maní", phone: NoPhone, day: Yesterday(world));

        var counts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => world.WorkerAt(new TimeOnly(17, 0), Yesterday(world)).RunOnceAsync(default)));

        Assert.Equal(1, counts.Sum());
        await world.UntilAsync(() => world.App.Simulator.Printer.Tickets.Count >= 1, "the summary printed");
        await Task.Delay(TimeSpan.FromMilliseconds(500), TimeProvider.System);
        Assert.Single(world.App.Simulator.Printer.Tickets);
        Assert.Equal(1L, await world.ScalarAsync<long>("SELECT COUNT(*) FROM reservation_jobs WHERE kind = 'prep'"));
    }
}
