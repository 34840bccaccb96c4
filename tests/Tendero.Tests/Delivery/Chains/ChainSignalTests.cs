using Tendero.Core;
using Tendero.Core.Chains;

namespace Tendero.Tests.Delivery.Chains;

/// <summary>Reads, replies, buttons, codes and keypresses: each stops the chain where it should, and only there.</summary>
public sealed class ChainSignalTests
{
    private const string Maria = "+50760001111";
    private const string MariaTelegram = "700100200";

    [Fact]
    public async Task ReadReceipt_WithinTwoHours_EndsChainAsRead()
    {
        await using var h = await ChainHarness.CreateAsync();
        var id = await h.StartAsync();
        await h.AdvanceAsync(TimeSpan.FromHours(1));
        await h.ReportAsync(await h.MessageOnAsync(id, ChannelKind.WhatsApp), ChannelKind.WhatsApp, MessageStatus.Read);

        await h.AdvanceAsync(TimeSpan.FromHours(30));
        Assert.Equal(["whatsapp"], await h.SentChannelsAsync(id));
        Assert.Equal("read", (await h.GetAsync(id)).Chain.Outcome);
    }

    [Fact]
    public async Task DeliveredOnly_DoesNotSatisfyRead()
    {
        await using var h = await ChainHarness.CreateAsync();
        var id = await h.StartAsync();
        await h.ReportAsync(await h.MessageOnAsync(id, ChannelKind.WhatsApp), ChannelKind.WhatsApp, MessageStatus.Delivered);

        await h.AdvanceAsync(TimeSpan.FromHours(2));
        Assert.Equal(["whatsapp", "telegram"], await h.SentChannelsAsync(id));
    }

    [Fact]
    public async Task TelegramButton_AtTelegramStep_AcksAndStops()
    {
        await using var h = await ChainHarness.CreateAsync();
        var id = await h.StartAsync(critical: true);
        await h.AdvanceAsync(TimeSpan.FromHours(3));
        await h.ReplyAsync(ChannelKind.Telegram, MariaTelegram, AckCodes.ButtonData(id), kind: "callback");

        await h.AdvanceAsync(TimeSpan.FromHours(30));
        Assert.Equal(["whatsapp", "telegram"], await h.SentChannelsAsync(id));
        Assert.Equal("acked", (await h.GetAsync(id)).Chain.Outcome);
    }

    [Fact]
    public async Task ButtonOfAnotherChain_IsNotAnAck()
    {
        await using var h = await ChainHarness.CreateAsync();
        var id = await h.StartAsync();
        await h.ReplyAsync(ChannelKind.Telegram, MariaTelegram, AckCodes.ButtonData(id + 1000), kind: "callback");

        await h.AdvanceAsync(TimeSpan.FromHours(2));
        Assert.Equal(["whatsapp", "telegram"], await h.SentChannelsAsync(id));
    }

    [Fact]
    public async Task TextReply_AtTelegramStep_EndsAsReplied()
    {
        await using var h = await ChainHarness.CreateAsync();
        var id = await h.StartAsync();
        await h.AdvanceAsync(TimeSpan.FromHours(2));
        await h.ReplyAsync(ChannelKind.Telegram, MariaTelegram, "ya voy al mercado");

        await h.AdvanceAsync(TimeSpan.FromHours(30));
        Assert.Equal(["whatsapp", "telegram"], await h.SentChannelsAsync(id));
        Assert.Equal("replied", (await h.GetAsync(id)).Chain.Outcome);
    }

    [Fact]
    public async Task SmsReplyCode_AtSmsStep_Acks()
    {
        await using var h = await ChainHarness.CreateAsync();
        var id = await h.StartAsync(critical: true);
        await h.AdvanceAsync(TimeSpan.FromHours(9));
        await h.ReplyAsync(ChannelKind.Sms, Maria, " OK ");

        await h.AdvanceAsync(TimeSpan.FromHours(30));
        Assert.Equal(["whatsapp", "telegram", "sms"], await h.SentChannelsAsync(id));
        Assert.Equal("acked", (await h.GetAsync(id)).Chain.Outcome);
    }

    [Fact]
    public async Task SmsReplyCode_NotCriticalChain_StillHeardAfterTheLastStep()
    {
        await using var h = await ChainHarness.CreateAsync();
        var id = await h.StartAsync(critical: false);
        await h.AdvanceAsync(TimeSpan.FromHours(10));
        Assert.Equal("active", (await h.GetAsync(id)).Chain.State);
        await h.ReplyAsync(ChannelKind.Sms, Maria, "1");

        Assert.Equal("acked", (await h.GetAsync(id)).Chain.Outcome);
        Assert.Equal(["whatsapp", "telegram", "sms"], await h.SentChannelsAsync(id));
    }

    [Fact]
    public async Task PlainSmsReply_WhenWaitingForAck_DoesNotStopACriticalChain()
    {
        await using var h = await ChainHarness.CreateAsync();
        var id = await h.StartAsync(critical: true);
        await h.AdvanceAsync(TimeSpan.FromHours(9));
        // A reply during the SMS wait does not meet "acked", but it arrived after the Telegram wait had passed: keep going.
        await h.ReplyAsync(ChannelKind.Sms, Maria, "¿cuál proveedor?");

        await h.AdvanceAsync(TimeSpan.FromHours(11));
        Assert.Equal(["whatsapp", "telegram", "sms", "voice"], await h.SentChannelsAsync(id));
    }

    [Fact]
    public async Task VoiceKeypressOne_AfterTheCall_Acks()
    {
        await using var h = await ChainHarness.CreateAsync();
        var id = await h.StartAsync(critical: true);
        await h.AdvanceAsync(TimeSpan.FromHours(20));
        await h.ReplyAsync(ChannelKind.Voice, Maria, "1", kind: "keypress");

        var (chain, events) = await h.GetAsync(id);
        Assert.Equal("acked", chain.Outcome);
        Assert.Equal("acknowledged on voice", events[^1].Detail);
    }

    [Fact]
    public async Task DuplicateSignals_AreHarmless()
    {
        await using var h = await ChainHarness.CreateAsync();
        var id = await h.StartAsync();
        var whatsapp = await h.MessageOnAsync(id, ChannelKind.WhatsApp);
        await h.ReportAsync(whatsapp, ChannelKind.WhatsApp, MessageStatus.Read);
        await h.ReportAsync(whatsapp, ChannelKind.WhatsApp, MessageStatus.Read);
        await h.ReplyAsync(ChannelKind.WhatsApp, Maria, "1");
        await h.ReplyAsync(ChannelKind.WhatsApp, Maria, "1");
        await h.AdvanceAsync(TimeSpan.FromHours(30));

        var (chain, events) = await h.GetAsync(id);
        Assert.Equal("read", chain.Outcome);
        Assert.Single(events, e => e.Kind == "end");
        Assert.Equal(["whatsapp"], await h.SentChannelsAsync(id));
    }

    [Fact]
    public async Task ReplyBeforeTheChainStarted_DoesNotCount()
    {
        await using var h = await ChainHarness.CreateAsync();
        await h.ReplyAsync(ChannelKind.WhatsApp, Maria, "1");
        var id = await h.StartAsync();

        await h.AdvanceAsync(TimeSpan.FromHours(2));
        Assert.Equal(["whatsapp", "telegram"], await h.SentChannelsAsync(id));
    }
}
