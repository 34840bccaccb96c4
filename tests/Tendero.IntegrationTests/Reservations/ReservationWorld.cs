using Microsoft.Extensions.DependencyInjection;
using Tendero.IntegrationTests.Support;
using Tendero.Simulator;
using Tendero.Solutions.Reservations;

namespace Tendero.IntegrationTests.Reservations;

/// <summary>
/// La Fonda with its assistant and its shipped <c>reservations:</c> section, the simulator, and an in-memory book (open
/// every day, so "mañana" is bookable whatever day the test runs) registered as the <see cref="IReservationBook"/>.
/// Customers write through signed webhooks on loopback; the book and the simulator's journal say what happened.
/// <see cref="SheetReservationWorld"/> is the same with the real book over the workbook.
/// </summary>
internal sealed class ReservationWorld : IAsyncDisposable
{
    public const string WhatsAppCustomer = ReservationCustomers.WhatsAppCustomer;
    public const string TelegramChat = ReservationCustomers.TelegramChat;
    public const string SmsCustomer = ReservationCustomers.SmsCustomer;

    private readonly ReservationCustomers customers;

    private ReservationWorld(TestDatabase db, TestApp app, MemoryReservationBook book) =>
        (Db, App, Book, customers) = (db, app, book, new ReservationCustomers(app));

    public TestDatabase Db { get; }
    public TestApp App { get; }
    public MemoryReservationBook Book { get; }

    /// <summary>Tomorrow in Panamá, as the parser reads "mañana" and "tomorrow".</summary>
    public static DateOnly Tomorrow => ReservationCustomers.Tomorrow;

    public static async Task<ReservationWorld> StartAsync()
    {
        var book = new MemoryReservationBook(new MemoryBookOptions { ClosedDays = [] });
        var db = TestDatabase.Sqlite();
        var app = await TestApp.StartAsync(db, businessesDir: TestBusinesses.WithAssistant, services: s => s.AddSingleton<IReservationBook>(book));
        return new ReservationWorld(db, app, book);
    }

    public Task SayAsync(SimProvider channel, string text, string language = "es") => customers.SayAsync(channel, text, language);

    /// <summary>Sends, then waits for a reply to this customer that contains <paramref name="expect"/>.</summary>
    public Task<string> SayAndHearAsync(SimProvider channel, string text, string expect, string language = "es") =>
        customers.SayAndHearAsync(channel, text, expect, language);

    public IReadOnlyList<string> Heard(SimProvider channel) => customers.Heard(channel);

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Db.DisposeAsync();
    }
}
