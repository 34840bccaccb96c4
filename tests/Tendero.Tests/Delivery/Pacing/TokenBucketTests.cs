using Microsoft.Extensions.Time.Testing;
using Tendero.Delivery.Pacing;

namespace Tendero.Tests.Delivery.Pacing;

public sealed class TokenBucketTests
{
    private readonly FakeTimeProvider time = new();

    [Fact]
    public void TryTake_FreshBucket_GrantsTheWholeBurstAtOnce()
    {
        var bucket = new TokenBucket(80, 80, time);

        var granted = Enumerable.Range(0, 100).Count(i => bucket.TryTake(1, out _));

        Assert.Equal(80, granted);
    }

    [Fact]
    public void TryTake_Empty_ReturnsFalseWithTimeUntilNextToken()
    {
        var bucket = new TokenBucket(80, 80, time);
        while (bucket.TryTake(1, out _))
        {
        }

        Assert.False(bucket.TryTake(1, out var wait));
        Assert.Equal(TimeSpan.FromMilliseconds(12.5), wait);
        Assert.Equal(TimeSpan.FromMilliseconds(12.5), bucket.NextTokenIn);
        Assert.Equal(0, bucket.Available);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(37)]
    public void TryTake_ThirtySecondsOfPolling_GrantsRateTimesTimePlusBurstAndNeverMore(int pollMs)
    {
        var bucket = new TokenBucket(80, 80, time);
        var start = time.GetUtcNow();
        var granted = 0;
        while (time.GetUtcNow() - start <= TimeSpan.FromSeconds(30))
        {
            while (bucket.TryTake(1, out _))
            {
                granted++;
            }

            var elapsed = (time.GetUtcNow() - start).TotalSeconds;
            Assert.True(granted <= 80 + (80 * elapsed) + 1e-3, $"{granted} granted after {elapsed} s.");
            var left = TimeSpan.FromSeconds(30) - (time.GetUtcNow() - start);
            time.Advance(left > TimeSpan.Zero ? TimeSpan.FromMilliseconds(Math.Min(pollMs, left.TotalMilliseconds)) : TimeSpan.FromMilliseconds(pollMs));
        }

        Assert.InRange(granted, (80 * 30) + 80 - 1, (80 * 30) + 80);
    }

    [Fact]
    public void TryTake_SleepingForTheWait_AlwaysFindsTheToken()
    {
        // 3/s does not divide a second into whole ticks: the wait must round up, never leave the caller a hair short.
        var bucket = new TokenBucket(3, 1, time);
        var start = time.GetTimestamp();
        bucket.TryTake(1, out _);
        for (var i = 0; i < 1000; i++)
        {
            Assert.False(bucket.TryTake(1, out var wait));
            Assert.True(wait > TimeSpan.Zero);
            time.Advance(wait);
            Assert.True(bucket.TryTake(1, out _), $"Grant {i} was not there after waiting {wait}.");
        }

        Assert.InRange(time.GetElapsedTime(start).TotalSeconds, 1000 / 3.0, (1000 / 3.0) + 0.001);
    }

    [Fact]
    public void TryTake_CostAboveOne_GoesIntoDebtThatIsRepaidBeforeTheNextGrant()
    {
        var bucket = new TokenBucket(1, 1, time);

        Assert.True(bucket.TryTake(3, out _));
        Assert.Equal(-2, bucket.Tokens, 9);
        Assert.False(bucket.TryTake(1, out var wait));
        Assert.Equal(TimeSpan.FromSeconds(3), wait);

        time.Advance(TimeSpan.FromSeconds(2.9));
        Assert.False(bucket.TryTake(1, out wait));
        Assert.Equal(TimeSpan.FromSeconds(0.1), wait);

        time.Advance(TimeSpan.FromSeconds(0.1));
        Assert.True(bucket.TryTake(1, out _));
    }

    [Fact]
    public void TryTake_ThreeSegmentMessagesForAMinute_KeepTheAverageRate()
    {
        var bucket = new TokenBucket(1, 1, time);
        var messages = 0;
        for (var ms = 0; ms <= 60_000; ms += 100)
        {
            messages += bucket.TryTake(3, out _) ? 1 : 0;
            time.Advance(TimeSpan.FromMilliseconds(100));
        }

        // At t = 0, 3, 6 … 60: 21 messages, 63 segments in 60 s with a burst of one.
        Assert.Equal(21, messages);
    }

    [Fact]
    public void Available_AfterLongIdle_IsCappedAtTheBurst()
    {
        var bucket = new TokenBucket(80, 120, time);
        bucket.TryTake(50, out _);

        time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(120, bucket.Available);
        Assert.Equal(TimeSpan.Zero, bucket.NextTokenIn);
    }

    [Fact]
    public void Available_PartlyRefilled_CountsWholeTokens()
    {
        var bucket = new TokenBucket(10, 10, time);
        bucket.TryTake(10, out _);

        time.Advance(TimeSpan.FromMilliseconds(350));

        Assert.Equal(3, bucket.Available);
        Assert.Equal(3.5, bucket.Tokens, 9);
    }

    [Fact]
    public async Task TryTake_ManyThreadsAtOnce_GrantExactlyTheBurst()
    {
        var bucket = new TokenBucket(1, 1000, time);
        var granted = 0;

        await Task.WhenAll(Enumerable.Range(0, 8).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < 500; i++)
            {
                if (bucket.TryTake(1, out _))
                {
                    Interlocked.Increment(ref granted);
                }
            }
        })));

        Assert.Equal(1000, granted);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-1, 1)]
    [InlineData(double.NaN, 1)]
    [InlineData(double.PositiveInfinity, 1)]
    [InlineData(1, 0.5)]
    [InlineData(1, double.NaN)]
    public void Constructor_BadRateOrBurst_Throws(double perSecond, double burst) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TokenBucket(perSecond, burst, time));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void TryTake_BadCost_Throws(double cost) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TokenBucket(1, 1, time).TryTake(cost, out _));
}
