using Dapper;
using Tendero.Agents;
using Tendero.IntegrationTests.Support;
using Tendero.Solutions.Reservations;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Reservations;

/// <summary>The reservation book over La Fonda's local workbook, once per database: staff edits, status changes and the race.</summary>
public abstract class ReservationBookSuite(string kind) : IAsyncLifetime
{
    private readonly BookWorld world = new();
    private TestDatabase? db;
    private IDatabase database = null!;
    private ReservationBook book = null!;

    public async Task InitializeAsync()
    {
        db = await TestDatabase.CreateAsync(kind);
        database = await db.OpenAsync();
        await Migrator.MigrateAsync(database, default);
        book = world.Book(database);
    }

    public async Task DisposeAsync()
    {
        await (database?.DisposeAsync() ?? ValueTask.CompletedTask);
        await (db?.DisposeAsync() ?? ValueTask.CompletedTask);
        world.DeleteFolder();
    }

    private async Task FlushAsync()
    {
        await world.Writer(database).RunOnceAsync(default);
        world.Time.Advance(ReservationBook.SyncMargin + TimeSpan.FromSeconds(1));
    }

    [SkippableFact]
    public async Task BookAsync_FirstUse_CreatesTheWorkbookAndWritesTheBookingThroughTheQueue()
    {
        var outcome = await book.BookAsync(BookWorld.Business, BookWorld.Request("20:00", 4) with { Notes = "Cumpleaños" }, default);

        var booked = Assert.IsType<Reservation>(outcome.Booked);
        Assert.Empty(await world.RowsAsync());
        Assert.Equal(booked.Id, Assert.Single(await book.DayAsync(BookWorld.Business, BookWorld.Friday, default)).Id);
        await FlushAsync();
        var row = Assert.Single(await world.RowsAsync()).Values;
        Assert.Equal((booked.Id, "2026-11-27", "20:00", "4", "Ana Pérez", "Cumpleaños", "Confirmada"),
            (row["ID"], row["Fecha"], row["Hora"], row["Personas"], row["Nombre"], row["Notas"], row["Estado"]));
        Assert.Single(await book.DayAsync(BookWorld.Business, BookWorld.Friday, default));
        Assert.Equal(12, (await book.MenuAsync(BookWorld.Business, default)).Count);
    }

    [SkippableFact]
    public async Task BookAsync_EveryBookingAndChange_PublishesReservationConfirmedWithARisingVersion()
    {
        var booked = (await book.BookAsync(BookWorld.Business, BookWorld.Request("20:00", 4), default)).Booked!;
        await book.ChangeAsync(BookWorld.Business, booked.Id, new BookingChange { Time = new TimeOnly(20, 30) }, default);
        await book.SetStatusAsync(BookWorld.Business, booked.Id, ReservationStatus.Cancelled, default);

        var events = await database.ReadAsync(async c => (await c.QueryAsync<(string, string, string)>(new CommandDefinition(
            "SELECT topic, order_key, payload FROM events ORDER BY id"))).ToList(), default);
        Assert.All(events, e => Assert.Equal((Topics.ReservationConfirmed, ReservationConfirmed.OrderKey(BookWorld.Business, booked.Id)), (e.Item1, e.Item2)));
        var payloads = events.Select(e => System.Text.Json.JsonSerializer.Deserialize<ReservationConfirmed>(e.Item3)!).ToList();
        Assert.Equal([(1L, "20:00", "confirmed"), (2L, "20:30", "confirmed"), (3L, "20:30", "cancelled")],
            payloads.Select(p => (p.Version!.Value, p.Time, p.Status)));
    }

    [SkippableFact]
    public async Task BookAsync_AfterStaffEditedTheSheet_CountsTheirEditsAndKeepsThem()
    {
        var first = (await book.BookAsync(BookWorld.Business, BookWorld.Request("19:00", 20), default)).Booked!;
        await FlushAsync();
        // María changes the party to 4 and notes an allergy, and types in a walk-in booking of her own.
        await world.Tab().UpdateAsync("ID", first.Id, new Dictionary<string, object?> { ["Personas"] = 4L, ["Notas"] = "Alergia al maní" }, default);
        await world.Tab().AppendAsync(new Dictionary<string, object?>
        {
            ["Fecha"] = "27/11/2026", ["Hora"] = "7:30 pm", ["Nombre"] = "Marta (llamó)", ["Personas"] = 20L, ["Estado"] = "confirmada",
        }, default);

        var fits = await book.BookAsync(BookWorld.Business, BookWorld.Request("20:00", 16, "Luis"), default);
        var full = await book.BookAsync(BookWorld.Business, BookWorld.Request("20:00", 2, "Sofía"), default);
        await book.SetStatusAsync(BookWorld.Business, first.Id, ReservationStatus.Seated, default);
        await FlushAsync();

        Assert.NotNull(fits.Booked);
        Assert.Equal(BookingRefusal.NoSeats, full.Refusal);
        var rows = (await world.RowsAsync()).Select(r => r.Values).ToList();
        var edited = rows.Single(r => r["ID"] == first.Id);
        Assert.Equal(("4", "Alergia al maní", "Sentada"), (edited["Personas"], edited["Notas"], edited["Estado"]));
        Assert.Equal(3, rows.Count);
        Assert.Contains(await book.DayAsync(BookWorld.Business, BookWorld.Friday, default), r => r.Id == "sheet:3" && r.PartySize == 20);
    }

    [SkippableFact]
    public async Task SetStatusAsync_Cancelled_FreesTheSeatsAtOnce()
    {
        var first = (await book.BookAsync(BookWorld.Business, BookWorld.Request("19:00", 20), default)).Booked!;
        await book.BookAsync(BookWorld.Business, BookWorld.Request("19:30", 18, "Luis"), default);
        var refused = await book.BookAsync(BookWorld.Business, BookWorld.Request("20:00", 4, "Sofía"), default);

        var cancelled = await book.SetStatusAsync(BookWorld.Business, first.Id, "cancelled", default);
        var booked = await book.BookAsync(BookWorld.Business, BookWorld.Request("20:00", 4, "Sofía"), default);

        Assert.Equal(BookingRefusal.NoSeats, refused.Refusal);
        Assert.Contains(new SlotOffer(BookWorld.Friday, new TimeOnly(21, 0)), refused.Alternatives);
        Assert.Equal(ReservationStatus.Cancelled, cancelled!.Status);
        Assert.NotNull(booked.Booked);
        await FlushAsync();
        Assert.Equal("Cancelada", (await world.RowsAsync()).Single(r => r.Values["ID"] == first.Id).Values["Estado"]);
    }

    [SkippableFact]
    public async Task SetStatusAsync_ARowTypedByHand_GivesItAnIdAndWritesOnlyTheStatus()
    {
        var tab = world.Tab();
        await book.DayAsync(BookWorld.Business, BookWorld.Friday, default); // creates the workbook
        await tab.AppendAsync(new Dictionary<string, object?>
        {
            ["Fecha"] = "27/11/2026", ["Hora"] = "20:00", ["Nombre"] = "Marta", ["Personas"] = 6L, ["Teléfono"] = "+50760004444", ["Notas"] = "Terraza",
        }, default);
        await tab.AppendAsync(new Dictionary<string, object?> { ["Fecha"] = "27/11/2026", ["Hora"] = "21:00", ["Nombre"] = "Marta", ["Personas"] = 2L }, default);

        var seated = await book.SetStatusAsync(BookWorld.Business, "sheet:2", ReservationStatus.Seated, default);
        await FlushAsync();

        Assert.StartsWith("R-", seated!.Id, StringComparison.Ordinal);
        var row = (await world.RowsAsync()).Single(r => r.Number == 2).Values;
        Assert.Equal((seated.Id, "Sentada", "Terraza", "20:00"), (row["ID"], row["Estado"], row["Notas"], row["Hora"]));
        Assert.Equal(ReservationStatus.Seated, (await book.DayAsync(BookWorld.Business, BookWorld.Friday, default)).Single(r => r.Id == seated.Id).Status);
    }

    [SkippableFact]
    public async Task ChangeAsync_ToAFullSlot_IsRefusedWithAlternativesAndKeepsTheBooking()
    {
        await book.BookAsync(BookWorld.Business, BookWorld.Request("19:00", 20), default);
        await book.BookAsync(BookWorld.Business, BookWorld.Request("19:15", 18), default);
        var mine = (await book.BookAsync(BookWorld.Business, BookWorld.Request("13:00", 4, "Sofía", "+50769990000"), default)).Booked!;

        var moved = await book.ChangeAsync(BookWorld.Business, mine.Id, new BookingChange { Time = new TimeOnly(20, 0) }, default);
        var grown = await book.ChangeAsync(BookWorld.Business, mine.Id, new BookingChange { PartySize = 6 }, default);

        Assert.Equal(BookingRefusal.NoSeats, moved.Refusal);
        Assert.NotEmpty(moved.Alternatives);
        Assert.Equal(6, grown.Booked!.PartySize);
        Assert.Equal(mine.Id, Assert.Single(await book.FindAsync(BookWorld.Business, "50769990000", BookWorld.Friday, default)).Id);
        Assert.Equal(BookingRefusal.NotFound, (await book.ChangeAsync(BookWorld.Business, "R-NOPE", new BookingChange { PartySize = 2 }, default)).Refusal);
    }

    [SkippableFact]
    public async Task BookAsync_TwoCustomersRaceForTheLastTable_ExactlyOneGetsIt()
    {
        // Two handles on one database, as two processes (or nodes) would have, each with its own book.
        await using var other = await db!.OpenAsync();
        var rival = world.Book(other);
        foreach (var (round, day) in new[] { 0, 1, 2, 7 }.Select((d, i) => (i, BookWorld.Friday.AddDays(d)))) // Fri, Sat, Sun, Fri: not Monday, closed
        {
            await book.BookAsync(BookWorld.Business, BookWorld.Request("19:00", 20, date: day), default);
            await book.BookAsync(BookWorld.Business, BookWorld.Request("19:30", 18, date: day), default);

            var outcomes = await Task.WhenAll(
                Task.Run(() => book.BookAsync(BookWorld.Business, BookWorld.Request("20:00", 2, "Ana", date: day), default)),
                Task.Run(() => rival.BookAsync(BookWorld.Business, BookWorld.Request("20:00", 2, "Luis", date: day), default)));

            Assert.True(outcomes.Count(o => o.Booked is not null) == 1, $"round {round}: {string.Join("; ", outcomes.Select(o => o.Booked?.Id ?? o.Refusal))}");
            var loser = Assert.Single(outcomes, o => o.Booked is null);
            Assert.Equal(BookingRefusal.NoSeats, loser.Refusal);
            Assert.NotEmpty(loser.Alternatives);
            Assert.Equal(40, (await book.DayAsync(BookWorld.Business, day, default)).Sum(r => r.PartySize));
        }
    }
}

public sealed class SqliteReservationBookTests() : ReservationBookSuite("sqlite");

public sealed class PostgresReservationBookTests() : ReservationBookSuite("postgres");
