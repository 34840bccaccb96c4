using System.Globalization;
using Tendero.Agents.Conversation;
using Tendero.IntegrationTests.Support;
using Tendero.Simulator;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Agents;

/// <summary>
/// A customer books over several WhatsApp messages, through signed webhooks, the parser and the conversation agent,
/// and the server is restarted between every two messages: the conversation carries on from its saved state.
/// </summary>
public abstract class ConversationRestartSuite(string kind)
{
    private const string Customer = "+50761234567";

    [SkippableFact]
    public async Task Booking_DateThenPartyThenTimeChange_SurvivesARestartBetweenEachMessage()
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        var sent = TimeProvider.System.GetUtcNow(); // the server runs on the real clock
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/Panama");
        var tomorrow = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(sent, zone).Date).AddDays(1);

        var first = await SayAsync(db, 1, "Hola, quiero reservar una mesa para mañana");
        Assert.Contains("¿A qué hora?", first, StringComparison.OrdinalIgnoreCase);
        var second = await SayAsync(db, 2, "somos 4");
        Assert.DoesNotContain("¿Para qué día?", second, StringComparison.OrdinalIgnoreCase);
        await SayAsync(db, 3, "a las 8 de la noche");
        await SayAsync(db, 4, "a nombre de Ana Pérez");
        var summary = await SayAsync(db, 5, "mejor a las 9");

        Assert.Contains("21:00", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("20:00", summary, StringComparison.Ordinal);
        Assert.Contains("4", summary, StringComparison.Ordinal);
        Assert.Contains("Ana Pérez", summary, StringComparison.Ordinal);
        await using var app = await TestApp.StartAsync(db, businessesDir: TestBusinesses.WithAssistant, workers: []);
        var saved = await app.Get<ConversationStore>().FindAsync("la-fonda", "whatsapp", Customer, default);
        var state = ConversationState.FromJson(saved!.State);
        Assert.Equal((tomorrow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "21:00", 4, "Ana Pérez"),
            (state.Slots.Date, state.Slots.Time, state.Slots.PartySize, state.Slots.Name));
        Assert.Equal(5, state.Turns);
    }

    /// <summary>Starts a server on the database, has the customer send one message (a signed webhook), waits for the assistant's answer to it, and stops the server.</summary>
    private static async Task<string> SayAsync(TestDatabase db, int n, string text)
    {
        // A seed per message: each restart brings a new simulator, which must not reuse the last one's message ids.
        await using var app = await TestApp.StartAsync(db, o => o.Seed = 100 + n, businessesDir: TestBusinesses.WithAssistant);
        var queries = app.Get<MessageQueries>();
        var before = (await queries.ListAsync("la-fonda", 0, 500, default)).Count(m => m.Direction == "out");
        // Through the simulator's customer, so that its WhatsApp knows the customer wrote (the 24-hour window is open).
        var sent = await app.Simulator.Customers.SendAsync(new ScriptedMessage(
            SimProvider.WhatsApp, app.Business.WhatsApp!.PhoneNumberId, Customer.TrimStart('+'), null, "Ana Pérez", "es", text, TimeSpan.Zero));
        Assert.Equal(200, sent.HttpStatus);
        IReadOnlyList<MessageRow> replies = [];
        try
        {
            await Eventually.UntilAsync(async () =>
            {
                replies = (await queries.ListAsync("la-fonda", 0, 500, default))
                    .Where(m => m.Direction == "out" && m.Kind == "assistant" && m.Address == Customer).ToList();
                return replies.Count > before && replies.All(r => r.Status is "sent" or "delivered" or "read");
            }, TimeSpan.FromSeconds(30), $"the assistant's answer to message {n}");
        }
        catch (TimeoutException e)
        {
            var work = await app.Get<IDatabase>().ReadAsync(async c => string.Join("; ", await Dapper.SqlMapper.QueryAsync<string>(c,
                "SELECT agent || ':' || state || ':' || COALESCE(error, '') FROM agent_work ORDER BY id")), default);
            throw new TimeoutException($"{e.Message}. Agent work: {work}. Replies: {string.Join(" | ", replies.Select(r => $"{r.Status}:{r.ErrorCode}:{r.ErrorReason}:{r.Text}"))}", e);
        }
        return string.Join("\n", replies.Skip(before).Select(r => r.Text));
    }
}

public sealed class SqliteConversationRestartTests() : ConversationRestartSuite("sqlite");

public sealed class PostgresConversationRestartTests() : ConversationRestartSuite("postgres");
