using Tendero.Core;

namespace Tendero.Tests.Delivery.Chains;

/// <summary>The demo policy on a fake clock: WhatsApp, 2 h, Telegram, 6 h, SMS, 12 h (critical only), voice.</summary>
public sealed class ChainTimingTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Start_SendsWhatsAppAtOnce_AndTelegramOnlyAfterTwoHours()
    {
        await using var h = await ChainHarness.CreateAsync();
        var id = await h.StartAsync();
        Assert.Equal(["whatsapp"], await h.SentChannelsAsync(id));

        await h.AdvanceAsync(TimeSpan.FromHours(2) - Minute);
        Assert.Equal(["whatsapp"], await h.SentChannelsAsync(id));

        await h.AdvanceAsync(Minute);
        Assert.Equal(["whatsapp", "telegram"], await h.SentChannelsAsync(id));
    }

    [Fact]
    public async Task NotCritical_Unanswered_StopsAfterSmsWithoutCalling()
    {
        await using var h = await ChainHarness.CreateAsync();
        var id = await h.StartAsync(critical: false);

        await h.AdvanceAsync(TimeSpan.FromHours(8) - Minute);
        Assert.Equal(["whatsapp", "telegram"], await h.SentChannelsAsync(id));
        await h.AdvanceAsync(Minute);
        Assert.Equal(["whatsapp", "telegram", "sms"], await h.SentChannelsAsync(id));

        await h.AdvanceAsync(TimeSpan.FromHours(30));
        Assert.Equal(["whatsapp", "telegram", "sms"], await h.SentChannelsAsync(id));
        var (chain, events) = await h.GetAsync(id);
        Assert.Equal("done", chain.State);
        Assert.Equal("unanswered", chain.Outcome);
        Assert.Contains(events, e => e.Kind == "end" && e.Detail!.Contains("critical", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Critical_Unanswered_CallsAfterTwelveMoreHours()
    {
        await using var h = await ChainHarness.CreateAsync();
        var id = await h.StartAsync(critical: true);

        await h.AdvanceAsync(TimeSpan.FromHours(20) - Minute);
        Assert.Equal(["whatsapp", "telegram", "sms"], await h.SentChannelsAsync(id));
        await h.AdvanceAsync(Minute);
        Assert.Equal(["whatsapp", "telegram", "sms", "voice"], await h.SentChannelsAsync(id));

        // After the last step the chain listens for an ack a while longer, then ends unanswered.
        Assert.Equal("active", (await h.GetAsync(id)).Chain.State);
        await h.AdvanceAsync(TimeSpan.FromHours(1));
        var (chain, events) = await h.GetAsync(id);
        Assert.Equal("unanswered", chain.Outcome);
        Assert.Equal(
            ["notify:queued", "wait:timeout", "notify:queued", "wait:timeout", "notify:queued", "wait:timeout", "notify:queued", "wait:timeout", "end:unanswered"],
            events.Select(e => $"{e.Kind}:{e.Outcome}"));
    }

    [Fact]
    public async Task History_RecordsEachStepAtItsTime()
    {
        await using var h = await ChainHarness.CreateAsync();
        var id = await h.StartAsync(critical: true);
        await h.AdvanceAsync(TimeSpan.FromHours(21));

        var notifies = (await h.GetAsync(id)).Events.Where(e => e.Kind == "notify").ToList();
        var start = ChainHarness.Start.ToUnixTimeMilliseconds();
        Assert.Equal([0, 2, 8, 20], notifies.Select(e => (e.At - start) / 3_600_000));
        Assert.Equal(["whatsapp", "telegram", "sms", "voice"], notifies.Select(e => e.Channel));
        Assert.All(notifies, e => Assert.NotNull(e.MessageId));
    }
}
