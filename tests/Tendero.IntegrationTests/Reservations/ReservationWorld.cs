using Microsoft.Extensions.DependencyInjection;
using Tendero.IntegrationTests.Support;
using Tendero.Simulator;
using Tendero.Solutions.Reservations;

namespace Tendero.IntegrationTests.Reservations;

/// <summary>
/// La Fonda with its assistant and a <c>reservations:</c> section, the simulator, and an in-memory book (open every
/// day, so "mañana" is bookable whatever day the test runs) registered as the <see cref="IReservationBook"/>.
/// Customers write through signed webhooks on loopback; the book and the simulator's journal say what happened.
/// </summary>
internal sealed class ReservationWorld : IAsyncDisposable
{
    public const string WhatsAppCustomer = "50761239876";
    public const string TelegramChat = "815000777";
    public const string SmsCustomer = "+50766667777";

    private static readonly Lazy<string> Folder = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("tendero-reservations-").FullName;
        foreach (var file in Directory.GetFiles(TestBusinesses.WithAssistant, "*.yaml"))
        {
            var text = File.ReadAllText(file);
            File.WriteAllText(Path.Combine(folder, Path.GetFileName(file)),
                Path.GetFileNameWithoutExtension(file) == "la-fonda" ? text + "\nreservations: {}\n" : text);
        }
        return folder;
    });

    private ReservationWorld(TestDatabase db, TestApp app, MemoryReservationBook book) => (Db, App, Book) = (db, app, book);

    public TestDatabase Db { get; }
    public TestApp App { get; }
    public MemoryReservationBook Book { get; }

    /// <summary>Tomorrow in Panamá, as the parser reads "mañana" and "tomorrow".</summary>
    public static DateOnly Tomorrow =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("America/Panama")).DateTime).AddDays(1);

    public static async Task<ReservationWorld> StartAsync()
    {
        var book = new MemoryReservationBook(new MemoryBookOptions { ClosedDays = [] });
        var db = TestDatabase.Sqlite();
        var app = await TestApp.StartAsync(db, businessesDir: Folder.Value, services: s => s.AddSingleton<IReservationBook>(book));
        return new ReservationWorld(db, app, book);
    }

    public async Task SayAsync(SimProvider channel, string text, string language = "es")
    {
        var b = App.Business;
        var message = channel switch
        {
            SimProvider.WhatsApp => new ScriptedMessage(channel, b.WhatsApp!.PhoneNumberId, WhatsAppCustomer, null, "Rosa", language, text, TimeSpan.Zero),
            SimProvider.Telegram => new ScriptedMessage(channel, b.Telegram!.BotToken, TelegramChat, null, "John", language, text, TimeSpan.Zero),
            _ => new ScriptedMessage(channel, b.Twilio!.AccountSid, SmsCustomer, b.Twilio.From, "Luis", language, text, TimeSpan.Zero),
        };
        var sent = await App.Simulator.Customers.SendAsync(message);
        Assert.Equal(200, sent.HttpStatus);
    }

    /// <summary>Sends, then waits for a reply to this customer that contains <paramref name="expect"/>.</summary>
    public async Task<string> SayAndHearAsync(SimProvider channel, string text, string expect, string language = "es")
    {
        var before = Heard(channel).Count;
        await SayAsync(channel, text, language);
        string? found = null;
        await Eventually.UntilAsync(() => Task.FromResult((found = Heard(channel).Skip(before).FirstOrDefault(t => t.Contains(expect, StringComparison.Ordinal))) is not null),
            TimeSpan.FromSeconds(30), $"a reply with «{expect}» to «{text}»; heard: {string.Join(" | ", Heard(channel).Skip(before))}");
        return found!;
    }

    public IReadOnlyList<string> Heard(SimProvider channel)
    {
        var to = channel switch { SimProvider.WhatsApp => WhatsAppCustomer, SimProvider.Telegram => TelegramChat, _ => SmsCustomer };
        return [.. App.Simulator.Journal.OutboundMessages(channel).Where(m => m.To == to && m.Text is not null).Select(m => m.Text!)];
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Db.DisposeAsync();
    }
}
