using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Tendero.Channels.Telegram;
using Tendero.Config;
using Tendero.Hosting;

namespace Tendero.Tests.Channels.Telegram;

/// <summary>One getUpdates round at a time, against a fake Bot API and a fresh database.</summary>
public sealed class TelegramPollerTests
{
    private static string Updates(params string[] updates) => $$"""{"ok":true,"result":[{{string.Join(",", updates)}}]}""";

    private static TelegramPoller Poller(TestInbox inbox, BusinessConfig business, ServiceProvider services) => new(
        new Businesses([business]), services.GetRequiredService<TelegramClients>(), inbox.Ingest, inbox.Cursors,
        new TelegramCallbacks(services.GetRequiredService<TelegramClients>(), NullLogger<TelegramCallbacks>.Instance),
        Options.Create(new ServerOptions()), inbox.Time, NullLogger<TelegramPoller>.Instance);

    [Fact]
    public async Task RunOnceAsync_Updates_StoresThemThenSavesTheNextOffset()
    {
        await using var inbox = await TestInbox.CreateAsync();
        await using var fake = await FakeProvider.StartAsync(_ => (200, Updates(TelegramParserTests.ReferenceUpdate)));
        using var services = new ServiceCollection().AddTelegram().BuildServiceProvider();
        var business = TestBusiness.With(telegram: TestBusiness.Telegram(fake.BaseAddress, TelegramMode.Polling));

        var count = await Poller(inbox, business, services).RunOnceAsync(business, CancellationToken.None);

        Assert.Equal(1, count);
        var stored = Assert.Single(await inbox.ListAsync(business.Id));
        Assert.Equal(("111111111:42", "111111111", "Hola"), (stored.ProviderId, stored.Address, stored.Text));
        Assert.Equal("123456790", await inbox.Cursors.GetAsync(TelegramPoller.CursorName(business.Id), CancellationToken.None));
        var request = Assert.Single(fake.Requests);
        Assert.Equal("/bot123456:TEST/getUpdates", request.Path);
        Assert.Null(request.Json["offset"]);
        Assert.Equal(100, request.Json["limit"]!.GetValue<int>());
        Assert.Equal(25, request.Json["timeout"]!.GetValue<int>());
    }

    [Fact]
    public async Task RunOnceAsync_AfterRestart_ResumesFromTheStoredOffset()
    {
        await using var inbox = await TestInbox.CreateAsync();
        await using var fake = await FakeProvider.StartAsync(_ => (200, Updates(TelegramParserTests.ReferenceUpdate)));
        using var services = new ServiceCollection().AddTelegram().BuildServiceProvider();
        var business = TestBusiness.With(telegram: TestBusiness.Telegram(fake.BaseAddress, TelegramMode.Polling));
        await Poller(inbox, business, services).RunOnceAsync(business, CancellationToken.None);

        // A new poller, as after a restart, with Telegram sending the same update again.
        await Poller(inbox, business, services).RunOnceAsync(business, CancellationToken.None);

        Assert.Equal(123456790, fake.Requests[1].Json["offset"]!.GetValue<int>());
        Assert.Single(await inbox.ListAsync(business.Id)); // the repeat is dropped by its provider id
    }

    [Fact]
    public async Task RunOnceAsync_MixedUpdates_StoresMessagesAndConfirmsAll()
    {
        await using var inbox = await TestInbox.CreateAsync();
        await using var fake = await FakeProvider.StartAsync(_ => (200, Updates(
            """{"update_id":501,"my_chat_member":{"chat":{"id":1,"type":"private"},"from":{"id":1,"is_bot":false,"first_name":"A"},"date":1750000000,"old_chat_member":{"status":"member","user":{"id":2,"is_bot":true,"first_name":"B"}},"new_chat_member":{"status":"kicked","user":{"id":2,"is_bot":true,"first_name":"B"},"until_date":0}}}""",
            """{"update_id":500,"callback_query":{"id":"cb1","chat_instance":"1","from":{"id":1,"is_bot":false,"first_name":"A"},"data":"ok"}}""")));
        using var services = new ServiceCollection().AddTelegram().BuildServiceProvider();
        var business = TestBusiness.With(telegram: TestBusiness.Telegram(fake.BaseAddress, TelegramMode.Polling));

        var count = await Poller(inbox, business, services).RunOnceAsync(business, CancellationToken.None);

        Assert.Equal(2, count);
        var stored = Assert.Single(await inbox.ListAsync(business.Id));
        Assert.Equal(("callback:cb1", "callback", "ok"), (stored.ProviderId, stored.Kind, stored.Text));
        Assert.Equal("502", await inbox.Cursors.GetAsync(TelegramPoller.CursorName(business.Id), CancellationToken.None));
    }

    [Fact]
    public async Task RunOnceAsync_NoUpdates_LeavesTheOffsetAlone()
    {
        await using var inbox = await TestInbox.CreateAsync();
        await using var fake = await FakeProvider.StartAsync(_ => (200, Updates()));
        using var services = new ServiceCollection().AddTelegram().BuildServiceProvider();
        var business = TestBusiness.With(telegram: TestBusiness.Telegram(fake.BaseAddress, TelegramMode.Polling));

        Assert.Equal(0, await Poller(inbox, business, services).RunOnceAsync(business, CancellationToken.None));
        Assert.Null(await inbox.Cursors.GetAsync(TelegramPoller.CursorName(business.Id), CancellationToken.None));
    }
}
