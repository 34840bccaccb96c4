using Microsoft.Extensions.Time.Testing;
using Tendero.Hosting;

namespace Tendero.Tests.Hosting;

public sealed class ScaledTimeProviderTests
{
    private readonly FakeTimeProvider inner = new();
    private readonly ScaledTimeProvider scaled;

    public ScaledTimeProviderTests() => scaled = new ScaledTimeProvider(inner, 3600);

    [Fact]
    public void GetUtcNow_AtConstruction_IsTheInnerTime() => Assert.Equal(inner.GetUtcNow(), scaled.GetUtcNow());

    [Fact]
    public void GetUtcNow_InnerAdvancesOneSecond_MovesOneHour()
    {
        var start = scaled.GetUtcNow();

        inner.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(start + TimeSpan.FromHours(1), scaled.GetUtcNow());
    }

    [Fact]
    public void GetUtcNow_GivenAStart_ReadsItThenRunsFaster()
    {
        var morning = new DateTimeOffset(2026, 11, 26, 9, 55, 0, TimeSpan.FromHours(-5));
        var evening = new ScaledTimeProvider(inner, 600, morning);

        inner.Advance(TimeSpan.FromSeconds(6));

        Assert.Equal(morning.AddHours(1), evening.GetUtcNow());
    }

    [Fact]
    public void GetUtcNow_FractionalSpeed_ScalesExactly()
    {
        var slow = new ScaledTimeProvider(inner, 1.5);
        var start = slow.GetUtcNow();

        inner.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(start + TimeSpan.FromSeconds(15), slow.GetUtcNow());
    }

    [Fact]
    public void GetElapsedTime_InnerAdvancesTwoSeconds_IsTwoHoursLikeTheClock()
    {
        var before = scaled.GetTimestamp();

        inner.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(TimeSpan.FromHours(2), scaled.GetElapsedTime(before));
        Assert.Equal(inner.TimestampFrequency, scaled.TimestampFrequency);
    }

    [Fact]
    public void CreateTimer_OneSimulatedHour_FiresAfterOneInnerSecondAndNotBefore()
    {
        var fired = 0;
        using var timer = scaled.CreateTimer(_ => fired++, null, TimeSpan.FromHours(1), Timeout.InfiniteTimeSpan);

        inner.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Equal(0, fired);

        inner.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, fired);
    }

    [Fact]
    public void CreateTimer_Periodic_FiresOncePerSimulatedPeriod()
    {
        var fired = 0;
        using var timer = scaled.CreateTimer(_ => fired++, null, TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(30));

        for (var i = 0; i < 10; i++)
        {
            inner.Advance(TimeSpan.FromMilliseconds(250));
        }

        // 2.5 inner seconds = 150 simulated minutes = 5 half-hours.
        Assert.Equal(5, fired);
    }

    [Fact]
    public void CreateTimer_TinyPositiveTimes_NeverBecomeZero()
    {
        var fired = 0;
        using var timer = scaled.CreateTimer(_ => fired++, null, TimeSpan.FromTicks(1), TimeSpan.FromTicks(1));
        Assert.Equal(0, fired);

        for (var i = 0; i < 3; i++)
        {
            inner.Advance(TimeSpan.FromMilliseconds(1));
        }

        // Still periodic: a period of zero would have fired once and stopped.
        Assert.Equal(3, fired);
    }

    [Theory]
    [InlineData(36_000_000_000, 10_000_000)] // an hour → exactly one second
    [InlineData(50_000_000, 20_000)] // 5 s → 1.39 ms, rounded up to 2 so the timer cannot fire early
    [InlineData(1, 10_000)] // one tick → one millisecond, never zero
    [InlineData(0, 0)]
    [InlineData(-10_000, -10_000)] // Timeout.InfiniteTimeSpan stays infinite
    public void ToInner_SimulatedDuration_IsDividedAndRoundedUpToWholeMilliseconds(long simulatedTicks, long innerTicks) =>
        Assert.Equal(TimeSpan.FromTicks(innerTicks), scaled.ToInner(TimeSpan.FromTicks(simulatedTicks)));

    [Fact]
    public void CreateTimer_Infinite_NeverFires()
    {
        var fired = 0;
        using var timer = scaled.CreateTimer(_ => fired++, null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

        inner.Advance(TimeSpan.FromDays(1));

        Assert.Equal(0, fired);
    }

    [Fact]
    public void Change_NewDueTime_IsScaled()
    {
        var fired = 0;
        using var timer = scaled.CreateTimer(_ => fired++, null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

        Assert.True(timer.Change(TimeSpan.FromMinutes(30), Timeout.InfiniteTimeSpan));
        inner.Advance(TimeSpan.FromMilliseconds(499));
        Assert.Equal(0, fired);

        inner.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, fired);
    }

    [Fact]
    public void Dispose_PendingTimer_NeverFires()
    {
        var fired = 0;
        var timer = scaled.CreateTimer(_ => fired++, null, TimeSpan.FromHours(1), Timeout.InfiniteTimeSpan);

        timer.Dispose();
        inner.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(0, fired);
    }

    [Fact]
    public async Task TaskDelay_TwoSimulatedHours_CompletesAfterTwoInnerSeconds()
    {
        var delay = Task.Delay(TimeSpan.FromHours(2), scaled);

        inner.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.False(delay.IsCompleted);

        inner.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(delay.IsCompletedSuccessfully);
        await delay;
    }

    [Fact]
    public void LocalTimeZone_IsTheInnerOne()
    {
        var panama = TimeZoneInfo.CreateCustomTimeZone("Test/Panama", TimeSpan.FromHours(-5), "Panama", "Panama");
        inner.SetLocalTimeZone(panama);

        Assert.Same(panama, scaled.LocalTimeZone);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_SpeedBelowOne_Throws(double speed) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScaledTimeProvider(inner, speed));
}
