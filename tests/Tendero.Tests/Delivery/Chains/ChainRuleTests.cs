using Tendero.Core;
using Tendero.Delivery.Chains;

namespace Tendero.Tests.Delivery.Chains;

/// <summary>Quiet hours, critical alerts, failures and missing channels, cancelling, and never sending a step twice.</summary>
public sealed class ChainRuleTests
{
    // 20:00 in Panama: the WhatsApp step is sent, and the Telegram step two hours later falls in quiet hours (21:00-07:00).
    private static readonly TimeSpan ToEvening = TimeSpan.FromHours(10);

    [Fact]
    public async Task QuietHours_PostponeANormalChainUntilMorning()
    {
        await using var h = await ChainHarness.CreateAsync();
        h.Time.Advance(ToEvening);
        var id = await h.StartAsync(critical: false);
        Assert.Equal(["whatsapp"], await h.SentChannelsAsync(id));

        await h.AdvanceAsync(TimeSpan.FromHours(2)); // 22:00
        Assert.Equal(["whatsapp"], await h.SentChannelsAsync(id));
        await h.AdvanceAsync(TimeSpan.FromHours(9) - TimeSpan.FromMinutes(1)); // 06:59
        Assert.Equal(["whatsapp"], await h.SentChannelsAsync(id));
        await h.AdvanceAsync(TimeSpan.FromMinutes(1)); // 07:00
        Assert.Equal(["whatsapp", "telegram"], await h.SentChannelsAsync(id));
        Assert.Contains((await h.GetAsync(id)).Events, e => e.Kind == "quiet" && e.Outcome == "postponed");
    }

    [Fact]
    public async Task QuietHours_AreIgnoredByACriticalChain()
    {
        await using var h = await ChainHarness.CreateAsync();
        h.Time.Advance(ToEvening);
        var id = await h.StartAsync(critical: true);

        await h.AdvanceAsync(TimeSpan.FromHours(2));
        Assert.Equal(["whatsapp", "telegram"], await h.SentChannelsAsync(id));
    }

    [Fact]
    public async Task QuietHours_OfThePerson_AlsoCount()
    {
        await using var h = await ChainHarness.CreateAsync();
        await h.People.UpsertAsync("la-fonda",
            new Person("night", "Noche", "es", new QuietHours(new TimeOnly(9, 0), new TimeOnly(12, 0)),
                new Dictionary<ChannelKind, string> { [ChannelKind.WhatsApp] = "+50760009999" }), "api", default);
        var id = await h.StartAsync(to: "night");
        Assert.Empty(await h.SentChannelsAsync(id));

        await h.AdvanceAsync(TimeSpan.FromHours(2));
        Assert.Equal(["whatsapp"], await h.SentChannelsAsync(id));
    }

    [Fact]
    public async Task PermanentFailure_SkipsTheWaitAndMovesOnAtOnce()
    {
        await using var h = await ChainHarness.CreateAsync();
        h.Channels[ChannelKind.WhatsApp].Refuse.Add("+50760001111");
        var id = await h.StartAsync();

        Assert.Equal(["whatsapp", "telegram"], await h.SentChannelsAsync(id));
        var events = (await h.GetAsync(id)).Events;
        Assert.Contains(events, e => e.Kind == "wait" && e.Outcome == "skipped" && e.Detail!.Contains("not a valid number", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProviderReportsFailureLater_MovesOnAtOnce()
    {
        await using var h = await ChainHarness.CreateAsync();
        var id = await h.StartAsync();
        await h.AdvanceAsync(TimeSpan.FromMinutes(10));
        await h.ReportAsync(await h.MessageOnAsync(id, ChannelKind.WhatsApp), ChannelKind.WhatsApp, MessageStatus.Failed, "131026");

        Assert.Equal(["whatsapp", "telegram"], await h.SentChannelsAsync(id));
    }

    [Fact]
    public async Task MissingChannel_IsSkippedWithItsWait()
    {
        await using var h = await ChainHarness.CreateAsync();
        var id = await h.StartAsync(to: "kitchen"); // the kitchen has Telegram and SMS, no WhatsApp

        Assert.Equal(["telegram"], await h.SentChannelsAsync(id));
        var events = (await h.GetAsync(id)).Events;
        Assert.Equal("skipped", events[0].Outcome);
        Assert.Contains("no whatsapp address", events[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryStep_IsSentOnce_HoweverOftenTheRunnerLooks()
    {
        await using var h = await ChainHarness.CreateAsync();
        var id = await h.StartAsync(critical: true);
        for (var i = 0; i < 22 * 12; i++)
        {
            await h.AdvanceAsync(TimeSpan.FromMinutes(5));
            await h.RunAsync();
        }
        Assert.Equal(["whatsapp", "telegram", "sms", "voice"], await h.SentChannelsAsync(id));
        Assert.Equal(4, h.Channels.Values.Sum(c => c.Sent.Count));
    }

    [Fact]
    public async Task Apply_WithAStaleVersion_WritesNothing()
    {
        await using var h = await ChainHarness.CreateAsync();
        var id = await h.StartAsync();
        var stale = (await h.GetAsync(id)).Chain;
        await h.ReplyAsync(ChannelKind.WhatsApp, "+50760001111", "hola"); // moves the version on

        var decision = new Tendero.Core.Chains.ChainDecision(5, null, null, null, "acked", [], []);
        Assert.False(await h.Chains.ApplyAsync(stale, decision, default));
        Assert.NotEqual("acked", (await h.GetAsync(id)).Chain.Outcome);
    }

    [Fact]
    public async Task Cancel_StopsTheChain()
    {
        await using var h = await ChainHarness.CreateAsync();
        var id = await h.StartAsync();
        Assert.Equal(Tendero.Storage.CancelOutcome.Cancelled, await h.Queries.CancelAsync("la-fonda", id, default));
        Assert.Equal(Tendero.Storage.CancelOutcome.AlreadyEnded, await h.Queries.CancelAsync("la-fonda", id, default));

        await h.AdvanceAsync(TimeSpan.FromHours(30));
        Assert.Equal(["whatsapp"], await h.SentChannelsAsync(id));
        Assert.Equal("cancelled", (await h.GetAsync(id)).Chain.Outcome);
    }

    [Fact]
    public async Task SameIdempotencyKey_StartsOneChain()
    {
        await using var h = await ChainHarness.CreateAsync();
        var request = new AlertRequest("maria", "stock-alert", false, "Sin gas", null, "gas-2026-07-01");
        var first = Assert.IsType<AlertResult.Started>(await h.Starter.StartAsync(h.Business, request, default));
        var second = Assert.IsType<AlertResult.Started>(await h.Starter.StartAsync(h.Business, request, default));

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.ChainId, second.ChainId);
    }

    [Theory]
    [InlineData("maria", "no-such-policy", "Quedan 2 kg", 400, "not a policy")]
    [InlineData("nobody", "stock-alert", "Quedan 2 kg", 404, "no contact 'nobody'")]
    [InlineData("maria", "stock-alert", "", 400, "text is required")]
    [InlineData("", "stock-alert", "Quedan 2 kg", 400, "to is required")]
    public async Task Start_BadRequest_IsRefusedWithAReason(string to, string policy, string text, int status, string why)
    {
        await using var h = await ChainHarness.CreateAsync();
        var refused = Assert.IsType<AlertResult.Refused>(await h.Starter.StartAsync(h.Business, new AlertRequest(to, policy, false, text, null, null), default));
        Assert.Equal(status, refused.Status);
        Assert.Contains(why, refused.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ToABareNumber_ReachesWhatsAppSmsAndVoice()
    {
        await using var h = await ChainHarness.CreateAsync();
        var id = await h.StartAsync(to: "+50769998888", critical: true);
        await h.AdvanceAsync(TimeSpan.FromHours(21));

        Assert.Equal(["whatsapp", "sms", "voice"], await h.SentChannelsAsync(id));
    }
}
