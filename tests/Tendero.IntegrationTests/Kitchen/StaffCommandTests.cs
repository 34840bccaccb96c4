using System.Net.Http.Json;
using Tendero.Simulator;
using Tendero.Solutions.Reservations;

namespace Tendero.IntegrationTests.Kitchen;

/// <summary>Staff on Telegram: /hoy and /mañana list the bookings; /sentado N and /noshow N mark them; a stranger gets nothing.</summary>
public sealed class StaffCommandTests
{
    private const long Maria = 700100200;
    private const long Stranger = 5550123;

    [Fact]
    public async Task StaffCommands_ListSeatedNoShow_StrangerIgnored_EvenWithAnAlertRunning()
    {
        await using var world = await KitchenWorld.StartAsync(simulator: o => o.Behaviour.KnownTelegramChats.Add(Stranger));
        world.Booking("r1", "19:00", 2, "sin gluten", name: "Ana Núñez");
        world.Booking("r2", "20:30", 5, name: "Luis Pérez");
        world.Book.Add(world.Booking("r3", "12:00", 4, name: "Mañanero") with { Date = world.Today.AddDays(1) });
        // An alert chain running for María: her commands must still be obeyed.
        var alert = await world.App.Http.PostAsJsonAsync("/api/businesses/la-fonda/alerts",
            new { to = "maria", policy = "stock-alert", text = "Queda poco tomate" });
        Assert.True(alert.IsSuccessStatusCode, await alert.Content.ReadAsStringAsync());
        var token = world.App.Business.Telegram!.BotToken;
        var customers = world.App.Simulator.Customers;

        await customers.SendTelegramTextAsync(token, Maria, "María", "es", "/hoy");
        await world.UntilAsync(() => Replies(world, Maria).Any(t => t.StartsWith("Reservas", StringComparison.Ordinal)), "today's list");
        var list = Replies(world, Maria).Single(t => t.StartsWith("Reservas", StringComparison.Ordinal));
        Assert.Contains("1. 19:00 Ana Núñez ×2 confirmada — sin gluten", list, StringComparison.Ordinal);
        Assert.Contains("2. 20:30 Luis Pérez ×5 confirmada", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Mañanero", list, StringComparison.Ordinal);

        await customers.SendTelegramTextAsync(token, Maria, "María", "es", "/sentado 1");
        await world.UntilAsync(() => world.Book.Get("r1").Status == ReservationStatus.Seated, "Ana seated");
        await customers.SendTelegramTextAsync(token, Maria, "María", "es", "/noshow r2");
        await world.UntilAsync(() => world.Book.Get("r2").Status == ReservationStatus.NoShow, "Luis a no-show");
        await world.UntilAsync(() => Replies(world, Maria).Count(t => t.StartsWith('✅')) == 2, "both confirmed to María");

        await customers.SendTelegramTextAsync(token, Maria, "María", "es", "/mañana");
        await world.UntilAsync(() => Replies(world, Maria).Any(t => t.Contains("Mañanero", StringComparison.Ordinal)), "tomorrow's list");

        var before = world.Book.DayCalls;
        await customers.SendTelegramTextAsync(token, Stranger, "Pepe", "es", "/hoy");
        await customers.SendTelegramTextAsync(token, Stranger, "Pepe", "es", "/sentado 2");
        await world.UntilAsync(() => world.ScalarAsync<long>(
            "SELECT COUNT(*) FROM messages WHERE direction = 'in' AND processed_at IS NULL").Result == 0, "the stranger's messages processed");
        await Task.Delay(TimeSpan.FromSeconds(1), TimeProvider.System);
        Assert.Empty(Replies(world, Stranger));
        Assert.Equal(before, world.Book.DayCalls);
        Assert.Equal(2, world.Book.Changes.Count);
    }

    private static List<string> Replies(KitchenWorld world, long chat) =>
        [.. world.App.Simulator.Journal.OutboundMessages(SimProvider.Telegram)
            .Where(m => m.To == chat.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(m => m.Text ?? "")];
}
