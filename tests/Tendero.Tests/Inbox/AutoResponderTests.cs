using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Tendero.Agents;
using Tendero.Agents.Conversation;
using Tendero.Config;
using Tendero.Core;
using Tendero.Delivery;
using Tendero.Inbox;
using Tendero.Storage;
using Tendero.Tests.Config;

namespace Tendero.Tests.Inbox;

/// <summary>The automatic reply: once per inbound text, in the customer's language, never for other kinds.</summary>
public sealed class AutoResponderTests : IAsyncLifetime, IDisposable
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 26, 15, 0, 0, TimeSpan.Zero));
    private readonly string folder = Path.Combine(Path.GetTempPath(), "tendero-tests", Guid.NewGuid().ToString("N"));
    private readonly WorkSignals signals = new();
    private SqliteDatabase database = null!;
    private BusinessConfig business = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        database = SqliteDatabase.Open(Path.Combine(folder, "t.db"));
        await Migrator.MigrateAsync(database, default);
        // The fixed auto reply answers a business without an assistant; the tests with one put it back.
        business = BusinessFiles.LaFonda() with { Assistant = null };
    }

    public async Task DisposeAsync()
    {
        await database.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    public void Dispose() => signals.Dispose();

    private InboundMessage Inbound(string id, string kind, string? text) =>
        new(ChannelKind.Sms, id, "+50760001111", null, null, kind, text, time.GetUtcNow(), null);

    private AutoResponder Responder() => new(database, new Businesses([business]), signals, time, NullLogger<AutoResponder>.Instance);

    [Fact]
    public async Task RunOnceAsync_NewTexts_OneReplyEachInTheirLanguageAndNoneForMedia()
    {
        await new InboxStore(database, time).IngestAsync(new InboundBatch("la-fonda",
            [Inbound("SM1", "text", "Hola, ¿tienen mesa para mañana?"), Inbound("SM2", "text", "Hi, do you have a table for tonight?"), Inbound("SM3", "media", null)], []), default);

        Assert.Equal(3, await Responder().RunOnceAsync(default));
        Assert.Equal(0, await Responder().RunOnceAsync(default)); // a second round (or a second node) finds nothing left

        var replies = (await new MessageQueries(database).ListAsync("la-fonda", 0, 50, default)).Where(m => m.Direction == "out").ToList();
        Assert.Equal([business.AutoReply["es"], business.AutoReply["en"]], replies.Select(r => r.Text));
        Assert.All(replies, r => Assert.Equal(("queued", "sms", "+50760001111"), (r.Status, r.Channel, r.Address)));
    }

    [Fact]
    public async Task RunOnceAsync_SomeoneAnsweringAnAlert_GetsNoCustomerReply()
    {
        // María (staff, +50760001111 by SMS) has an alert running; a customer writes from another number.
        var people = new PeopleStore(database, time);
        await people.UpsertAsync("la-fonda", business.Staff.Single(p => p.Id == "maria"), "config", default);
        await new ChainStore(database, time).StartAsync(
            new NewChain("la-fonda", "stock-alert", "maria", false, "Sin gas", null, Tendero.Core.Chains.ChainPlanJson.Freeze(business.Policies["stock-alert"]), null), default);
        await new InboxStore(database, time).IngestAsync(new InboundBatch("la-fonda",
            [Inbound("SM1", "text", "1"), new InboundMessage(ChannelKind.Sms, "SM2", "+50769998888", null, null, "text", "¿Abren hoy?", time.GetUtcNow(), null)], []), default);

        Assert.Equal(2, await Responder().RunOnceAsync(default));

        var replies = (await new MessageQueries(database).ListAsync("la-fonda", 0, 50, default)).Where(m => m.Direction == "out").ToList();
        Assert.Equal(["+50769998888"], replies.Select(r => r.Address));
    }

    [Fact]
    public async Task RunOnceAsync_BusinessWithAnAssistant_HandsTextsToTheParserOnceAndSendsNoAutoReply()
    {
        business = BusinessFiles.LaFonda();
        await new InboxStore(database, time).IngestAsync(new InboundBatch("la-fonda",
            [Inbound("SM1", "text", "Mesa para 4 mañana"), Inbound("SM2", "media", null)], []), default);

        Assert.Equal(2, await Responder().RunOnceAsync(default));
        Assert.Equal(0, await Responder().RunOnceAsync(default));

        var work = await new EventLog(database, time).ClaimAsync("parser", "node", TimeSpan.FromMinutes(1), 10, default);
        var received = Payloads.Read<MessageReceived>(Assert.Single(work).Event);
        Assert.Equal(("Mesa para 4 mañana", "sms", "+50760001111"), (received.Text, received.Channel, received.Address));
        Assert.DoesNotContain(await new MessageQueries(database).ListAsync("la-fonda", 0, 50, default), m => m.Direction == "out");
    }

    [Fact]
    public async Task RunOnceAsync_StaffBotCommand_HandsTheConversationBackAndConfirms()
    {
        business = BusinessFiles.LaFonda();
        await new PeopleStore(database, time).UpsertAsync("la-fonda", business.Staff.Single(p => p.Id == "maria"), "config", default);
        // María has an alert running: her answers to it get no customer reply, but her commands still count.
        await new ChainStore(database, time).StartAsync(
            new NewChain("la-fonda", "stock-alert", "maria", false, "Sin gas", null, Tendero.Core.Chains.ChainPlanJson.Freeze(business.Policies["stock-alert"]), null), default);
        var conversation = await new ConversationStore(database, time).EnsureAsync("la-fonda", "whatsapp", "+50769998888", default);
        await new InboxStore(database, time).IngestAsync(new InboundBatch("la-fonda",
            [Inbound("SM1", "text", $"/bot {conversation.Id}"), new InboundMessage(ChannelKind.Sms, "SM2", "+50769998888", null, null, "text", $"/bot {conversation.Id}", time.GetUtcNow(), null)], []), default);

        await Responder().RunOnceAsync(default);

        var work = await new EventLog(database, time).ClaimAsync("conversation", "node", TimeSpan.FromMinutes(1), 10, default);
        var released = Payloads.Read<HandoffPayload>(Assert.Single(work).Event);
        Assert.Equal((conversation.Id, "whatsapp", "+50769998888"), (released.ConversationId, released.Channel, released.Address));
        var replies = (await new MessageQueries(database).ListAsync("la-fonda", 0, 50, default)).Where(m => m.Direction == "out").ToList();
        Assert.Equal([("+50760001111", $"✅ La conversación {conversation.Id} vuelve al asistente.")], replies.Select(r => (r.Address, r.Text)));
        // A customer typing the same command is a customer: it goes to the parser, not obeyed.
        Assert.Single(await new EventLog(database, time).ClaimAsync("parser", "node", TimeSpan.FromMinutes(1), 10, default));
    }
}
