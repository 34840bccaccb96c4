using Tendero.Core;
using Tendero.Delivery.Pacing;
using Tendero.Tests.Config;

namespace Tendero.Tests.Delivery;

/// <summary>Lanes keep the providers' limits: per number or bot, per recipient, per SMS segment; replies first; businesses apart.</summary>
public sealed class DispatcherPacingTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task RunOnce_WhatsAppBurst_SendsEightyASecondAfterAHalfSecondBurst()
    {
        await using var h = await PacingHarness.CreateAsync();
        for (var i = 0; i < 200; i++)
        {
            await h.QueueAsync($"whatsapp:+5076100{i:D4}");
        }

        await h.RunAsync();
        Assert.Equal(40, h.SentOn(ChannelKind.WhatsApp));
        await h.AdvanceAsync(Second);
        Assert.InRange(h.SentOn(ChannelKind.WhatsApp), 119, 120);
        await h.AdvanceAsync(Second);
        Assert.Equal(200, h.SentOn(ChannelKind.WhatsApp));
    }

    [Fact]
    public async Task RunOnce_ThreeToOneWhatsAppUser_SpacedSixSecondsApart()
    {
        await using var h = await PacingHarness.CreateAsync();
        for (var i = 0; i < 3; i++)
        {
            await h.QueueAsync("whatsapp:+50761230000", $"m{i}");
        }

        // Six seconds apart, plus the lane's margin for network jitter (2% and 100 ms): 6.22 s.
        await h.RunAsync();
        Assert.Equal(["m0"], h.Channels[ChannelKind.WhatsApp].Sent.Select(m => m.Text));
        await h.AdvanceAsync(TimeSpan.FromSeconds(6.2));
        Assert.Single(h.Channels[ChannelKind.WhatsApp].Sent);
        await h.AdvanceAsync(TimeSpan.FromSeconds(0.05));
        Assert.Equal(["m0", "m1"], h.Channels[ChannelKind.WhatsApp].Sent.Select(m => m.Text));
        await h.AdvanceAsync(TimeSpan.FromSeconds(6.25));
        Assert.Equal(["m0", "m1", "m2"], h.Channels[ChannelKind.WhatsApp].Sent.Select(m => m.Text));
    }

    [Theory]
    [InlineData("telegram:42", 1)]
    [InlineData("telegram:-100200300", 3)]
    public async Task RunOnce_TelegramChatOrGroup_OnePerIntervalEach(string to, int seconds)
    {
        await using var h = await PacingHarness.CreateAsync();
        await h.QueueAsync(to);
        await h.QueueAsync(to);

        await h.RunAsync();
        await h.AdvanceAsync(TimeSpan.FromSeconds(seconds) - TimeSpan.FromMilliseconds(10));
        Assert.Equal(1, h.SentOn(ChannelKind.Telegram));
        await h.AdvanceAsync(TimeSpan.FromSeconds(seconds * 0.02) + TimeSpan.FromMilliseconds(120)); // the margin: 2% and 100 ms
        Assert.Equal(2, h.SentOn(ChannelKind.Telegram));
    }

    // A clock that moves between two reads (as the real one does) once made every free recipient look busy: the slot
    // read "now" after the caller had, so each message was put back, forever.
    [Theory]
    [InlineData("telegram:424242")]
    [InlineData("whatsapp:+50761230000")]
    public async Task RunOnce_ClockMovingBetweenReads_StillSendsToAFreeRecipient(string to)
    {
        await using var h = await PacingHarness.CreateAsync();
        h.Time.AutoAdvanceAmount = TimeSpan.FromMicroseconds(10);
        await h.QueueAsync(to);

        await h.RunAsync();
        Assert.Equal(1, h.Channels.Values.Sum(c => c.Sent.Count));
    }

    [Fact]
    public async Task RunOnce_LongSms_PaysItsSegmentsBeforeTheNextGoes()
    {
        await using var h = await PacingHarness.CreateAsync();
        await h.QueueAsync("sms:+50762000001", new string('a', 400)); // 3 segments of 153
        await h.QueueAsync("sms:+50762000002", "corto");

        await h.RunAsync();
        Assert.Equal(1, h.SentOn(ChannelKind.Sms));
        await h.AdvanceAsync(TimeSpan.FromSeconds(2.9));
        Assert.Equal(1, h.SentOn(ChannelKind.Sms));
        await h.AdvanceAsync(TimeSpan.FromSeconds(0.2));
        Assert.Equal(2, h.SentOn(ChannelKind.Sms));
    }

    [Fact]
    public async Task RunOnce_ReplyQueuedAfterABroadcast_GoesInTheFirstRound()
    {
        await using var h = await PacingHarness.CreateAsync();
        for (var i = 0; i < 300; i++)
        {
            await h.QueueAsync($"whatsapp:+5076100{i:D4}", "promo", priority: 2);
        }
        await h.QueueAsync("whatsapp:+50769999999", "su mesa está lista", priority: 0);

        await h.RunAsync();
        Assert.Equal("su mesa está lista", h.Channels[ChannelKind.WhatsApp].Sent[0].Text);
        Assert.Equal(40, h.SentOn(ChannelKind.WhatsApp));
    }

    [Fact]
    public async Task RunOnce_OneBusinessBroadcasting_DoesNotHoldUpAnother()
    {
        var fonda = BusinessFiles.LaFonda();
        var cafe = fonda with { Id = "cafe-uno" };
        await using var h = await PacingHarness.CreateAsync(fonda, cafe);
        for (var i = 0; i < 500; i++)
        {
            await h.QueueAsync($"whatsapp:+5076100{i:D4}", "promo", priority: 2);
        }
        await h.QueueAsync("whatsapp:+50769999999", "pedido listo", business: "cafe-uno");

        await h.RunAsync();
        Assert.Contains(h.Channels[ChannelKind.WhatsApp].Sent, m => m.BusinessId == "cafe-uno");
        Assert.Equal(41, h.SentOn(ChannelKind.WhatsApp));
    }

    [Fact]
    public async Task RunOnce_LaneLimitsFromTheBusinessFile_AreUsed()
    {
        var fonda = BusinessFiles.LaFonda();
        var fast = fonda with { Lanes = new Dictionary<ChannelKind, LaneLimits>(fonda.Lanes) { [ChannelKind.Sms] = LaneLimits.Create(3, TimeSpan.Zero) } };
        await using var h = await PacingHarness.CreateAsync(fast);
        for (var i = 0; i < 10; i++)
        {
            await h.QueueAsync($"sms:+5076200{i:D4}");
        }

        await h.RunAsync();
        Assert.Equal(1, h.SentOn(ChannelKind.Sms)); // a burst of 1.5: one whole token
        await h.AdvanceAsync(Second);
        Assert.InRange(h.SentOn(ChannelKind.Sms), 3, 4);
        await h.AdvanceAsync(Second);
        Assert.InRange(h.SentOn(ChannelKind.Sms), 6, 7);
    }
}
