using Microsoft.Extensions.Time.Testing;
using Tendero.Core;
using Tendero.Delivery.Pacing;

namespace Tendero.Tests.Delivery.Pacing;

public sealed class LaneLimitsTests
{
    [Theory]
    [InlineData(ChannelKind.WhatsApp, 80, 40, 6, 6)]
    [InlineData(ChannelKind.Telegram, 30, 15, 1, 3)]
    [InlineData(ChannelKind.Sms, 1, 1, 0, 0)]
    [InlineData(ChannelKind.Voice, 1, 1, 0, 0)]
    public void DefaultFor_Channel_GivesProviderLimits(ChannelKind channel, double perSecond, double burst, int recipientSeconds, int groupSeconds) =>
        Assert.Equal(
            new LaneLimits(perSecond, burst, TimeSpan.FromSeconds(recipientSeconds), TimeSpan.FromSeconds(groupSeconds)),
            LaneLimits.DefaultFor(channel));

    [Fact]
    public void Create_SlowRate_KeepsBurstAtOne()
    {
        var limits = LaneLimits.Create(0.2, TimeSpan.Zero);

        Assert.Equal(1, limits.Burst);
        Assert.Equal(TimeSpan.Zero, limits.PerGroup);
    }

    [Fact]
    public void Create_ExplicitBurst_IsKept() =>
        Assert.Equal(200, LaneLimits.Create(80, TimeSpan.Zero, burst: 200).Burst);

    [Theory]
    [InlineData("-1001234567890", 3)]
    [InlineData("-42", 3)]
    [InlineData("123456789", 1)]
    [InlineData("+50760001111", 1)]
    [InlineData("-abc", 1)]
    public void RecipientInterval_TelegramAddress_UsesGroupSpacingForNegativeIds(string address, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), LaneLimits.DefaultFor(ChannelKind.Telegram).RecipientInterval(address));

    [Fact]
    public void Constructor_BurstBelowOne_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new LaneLimits(1, 0.5, TimeSpan.Zero, TimeSpan.Zero));

    [Fact]
    public void Constructor_ZeroRate_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new LaneLimits(0, 1, TimeSpan.Zero, TimeSpan.Zero));

    [Fact]
    public void With_NegativeSpacing_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LaneLimits.DefaultFor(ChannelKind.Sms) with { PerGroup = TimeSpan.FromSeconds(-1) });

    [Fact]
    public void CreateBucket_Limits_StartsFullAtTheBurst() =>
        Assert.Equal(15, LaneLimits.DefaultFor(ChannelKind.Telegram).CreateBucket(new FakeTimeProvider()).Available);
}
