using Tendero.Core;
using Tendero.Core.Chains;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Storage;

/// <summary>How chains learn what people did, run once per database: wake-ups from the ledger, and the facts read from it.</summary>
public abstract class ChainSignalSuite(string kind) : ChainStoreTest(kind)
{
    [SkippableTheory]
    [InlineData(ChannelKind.WhatsApp, MariaPhone)]
    [InlineData(ChannelKind.Telegram, MariaTelegram)]
    public async Task WakeAsync_InboundFromThePersonsAddress_PullsNextAtToNow(ChannelKind channel, string from)
    {
        var (id, _) = await StartAndNotifyAsync();
        Assert.Equal(0, await Signals.WakeAsync(default));
        Time.Advance(TimeSpan.FromMinutes(10));
        await ReceiveAsync(channel, from, "¿Cuánto queda?");

        Assert.Equal(1, await Signals.WakeAsync(default));

        var chain = await ChainAsync(id);
        Assert.Equal((Time.GetUtcNow().ToUnixTimeMilliseconds(), 3L), (chain.NextAt, chain.Version));
        Assert.Equal(0, await Signals.WakeAsync(default));
    }

    [SkippableFact]
    public async Task WakeAsync_InboundFromSomeoneElseOrBeforeTheFirstRun_WakesNothing()
    {
        var (id, _) = await StartAndNotifyAsync();
        await ReceiveAsync(ChannelKind.WhatsApp, MariaPhone, "antes");
        Assert.Equal(0, await Signals.WakeAsync(default));
        await ReceiveAsync(ChannelKind.WhatsApp, "+50769998888", "hola");
        await ReceiveAsync(ChannelKind.Sms, MariaPhone, "María has no SMS address here");
        Assert.Equal(0, await Signals.WakeAsync(default));
        Assert.Equal(2L, (await ChainAsync(id)).Version);
    }

    [SkippableFact]
    public async Task WakeAsync_StatusReportForAChainMessage_PullsNextAtToNow()
    {
        var (id, message) = await StartAndNotifyAsync();
        await SendAsync(message, "wamid.chain");
        await Outbox.EnqueueAsync(Business, new Address(ChannelKind.WhatsApp, MariaPhone), "not a chain's", default);
        Assert.Equal(0, await Signals.WakeAsync(default));
        Time.Advance(TimeSpan.FromMinutes(10));
        await ReportAsync(ChannelKind.WhatsApp, "wamid.other", MessageStatus.Read);
        Assert.Equal(0, await Signals.WakeAsync(default));

        await ReportAsync(ChannelKind.WhatsApp, "wamid.chain", MessageStatus.Read);

        Assert.Equal(1, await Signals.WakeAsync(default));
        Assert.Equal(Time.GetUtcNow().ToUnixTimeMilliseconds(), (await ChainAsync(id)).NextAt);
    }

    [SkippableFact]
    public async Task WakeChainOfMessageAsync_ChainMessage_PullsThatChainIn()
    {
        var (id, message) = await StartAndNotifyAsync();
        var other = await StartAsync();
        var now = Time.GetUtcNow().ToUnixTimeMilliseconds();
        Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await Database.WriteAsync((c, t) => ChainSignalStore.WakeChainOfMessageAsync(c, t, message, Time.GetUtcNow().ToUnixTimeMilliseconds(), default), default));
        Assert.Equal(Time.GetUtcNow().ToUnixTimeMilliseconds(), (await ChainAsync(id)).NextAt);
        Assert.Equal(now, (await ChainAsync(other)).NextAt);
    }

    [SkippableTheory]
    [InlineData(MessageStatus.Delivered, ChainSignal.Delivered, "delivered on whatsapp")]
    [InlineData(MessageStatus.Read, ChainSignal.Read, "read on whatsapp")]
    public async Task FactsAsync_StatusOfTheNotifyMessage_GivesItsSignal(MessageStatus status, ChainSignal signal, string detail)
    {
        var (id, message) = await StartAndNotifyAsync();
        await SendAsync(message, "wamid.1");
        await ReportAsync(ChannelKind.WhatsApp, "wamid.1", status);

        var facts = await Signals.FactsAsync(await ChainAsync(id), Maria, default);

        Assert.Equal((signal, detail), (facts.Strongest, facts.SignalDetail));
        var notify = Assert.Single(facts.Notifies).Value;
        Assert.Equal((0, ChannelKind.WhatsApp, status == MessageStatus.Read, true), (notify.Step, notify.Channel, notify.Read, notify.Delivered));
    }

    [SkippableTheory]
    [InlineData(ChannelKind.WhatsApp, MariaPhone, "text", "¿Cuánto queda?", ChainSignal.Replied, "replied on whatsapp")]
    [InlineData(ChannelKind.WhatsApp, MariaPhone, "text", "OK", ChainSignal.Acked, "acknowledged on whatsapp")]
    [InlineData(ChannelKind.Telegram, MariaTelegram, "text", "recibido", ChainSignal.Acked, "acknowledged on telegram")]
    [InlineData(ChannelKind.Telegram, MariaTelegram, "callback", "ack:{id}", ChainSignal.Acked, "acknowledged on telegram")]
    public async Task FactsAsync_AnswerFromThePerson_GivesItsSignal(ChannelKind channel, string from, string kind, string text, ChainSignal signal, string detail)
    {
        var (id, _) = await StartAndNotifyAsync();
        await ReceiveAsync(channel, from, text.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), kind);

        var facts = await Signals.FactsAsync(await ChainAsync(id), Maria, default);

        Assert.Equal((signal, detail), (facts.Strongest, facts.SignalDetail));
    }

    [SkippableFact]
    public async Task FactsAsync_OtherChainsButtonOrAnswerBeforeTheStart_NoSignal()
    {
        await ReceiveAsync(ChannelKind.WhatsApp, MariaPhone, "OK");
        var (id, _) = await StartAndNotifyAsync();
        await ReceiveAsync(ChannelKind.Telegram, MariaTelegram, AckCodes.ButtonData(id + 1000), "callback");
        await ReceiveAsync(ChannelKind.WhatsApp, "+50769998888", "OK");

        var facts = await Signals.FactsAsync(await ChainAsync(id), Maria, default);

        Assert.Null(facts.Strongest);
        Assert.Equal("queued", Assert.Single(facts.Notifies).Value.Status);
    }

    [SkippableFact]
    public async Task FactsAsync_NotifyMessageFailed_CarriesTheReason()
    {
        var (id, message) = await StartAndNotifyAsync();
        var row = Assert.Single(await Outbox.ClaimDueAsync("test", TimeSpan.FromMinutes(1), 10, default, onlyId: message));
        Assert.True(await Outbox.MarkFailedAsync(row, "test", "131026", "Message undeliverable", default));

        var notify = Assert.Single((await Signals.FactsAsync(await ChainAsync(id), Maria, default)).Notifies).Value;

        Assert.Equal((true, "Message undeliverable"), (notify.Failed, notify.ErrorReason));
    }
}

public sealed class SqliteChainSignalTests() : ChainSignalSuite("sqlite");

public sealed class PostgresChainSignalTests() : ChainSignalSuite("postgres");
