using Microsoft.Extensions.Time.Testing;
using Tendero.Delivery.Pacing;

namespace Tendero.Tests.Delivery.Pacing;

public sealed class RecipientPacerTests
{
    private static readonly TimeSpan Six = TimeSpan.FromSeconds(6);
    private readonly FakeTimeProvider time = new();
    private readonly RecipientPacer pacer;

    public RecipientPacerTests() => pacer = new RecipientPacer(time);

    [Fact]
    public void Reserve_FreeRecipient_GetsNow() =>
        Assert.Equal(time.GetUtcNow(), pacer.Reserve("+50760001111", Six));

    [Fact]
    public void Reserve_SeveralToOneRecipient_GetsEvenlySpacedSlots()
    {
        var now = time.GetUtcNow();

        var slots = Enumerable.Range(0, 4).Select(_ => pacer.Reserve("+50760001111", Six)).ToList();

        Assert.Equal([now, now + Six, now + (2 * Six), now + (3 * Six)], slots);
    }

    [Fact]
    public void Reserve_PartWayThroughInterval_WaitsForTheRest()
    {
        var now = time.GetUtcNow();
        pacer.Reserve("+50760001111", Six);

        time.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(now + Six, pacer.Reserve("+50760001111", Six));
    }

    [Fact]
    public void Reserve_AfterIntervalPassed_GetsNowAgain()
    {
        pacer.Reserve("+50760001111", Six);

        time.Advance(TimeSpan.FromSeconds(7));

        Assert.Equal(time.GetUtcNow(), pacer.Reserve("+50760001111", Six));
    }

    [Fact]
    public void Reserve_DifferentRecipients_DoNotWaitForEachOther()
    {
        pacer.Reserve("+50760001111", Six);

        Assert.Equal(time.GetUtcNow(), pacer.Reserve("+50760002222", Six));
    }

    [Fact]
    public void Reserve_ZeroInterval_IsAlwaysNowAndRemembersNothing()
    {
        Assert.Equal(time.GetUtcNow(), pacer.Reserve("+50760001111", TimeSpan.Zero));
        Assert.Equal(time.GetUtcNow(), pacer.Reserve("+50760001111", TimeSpan.Zero));
        Assert.Equal(0, pacer.Count);
    }

    [Fact]
    public void Reserve_NegativeInterval_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => pacer.Reserve("x", TimeSpan.FromSeconds(-1)));

    [Fact]
    public void Reserve_HundredThousandRecipientsOverTime_KeepsOnlyRecentOnes()
    {
        for (var i = 0; i < 100_000; i++)
        {
            pacer.Reserve($"+5076{i:D7}", TimeSpan.FromSeconds(1));
            time.Advance(TimeSpan.FromMilliseconds(10));
        }

        // About 100 recipients are still inside their second; without forgetting, all 100,000 would stay.
        Assert.InRange(pacer.Count, 100, 2048);
    }

    [Fact]
    public void Reserve_WhileForgettingOthers_KeepsBookingsStillAhead()
    {
        var now = time.GetUtcNow();
        pacer.Reserve("+50760001111", TimeSpan.FromHours(1));
        for (var i = 0; i < 10_000; i++)
        {
            pacer.Reserve($"+5079{i:D7}", TimeSpan.FromMilliseconds(1));
            time.Advance(TimeSpan.FromMilliseconds(1));
        }

        Assert.Equal(now + TimeSpan.FromHours(1), pacer.Reserve("+50760001111", TimeSpan.FromHours(1)));
    }

    [Fact]
    public async Task Reserve_ManyThreadsOneRecipient_GiveEverySlotOnce()
    {
        var now = time.GetUtcNow();
        var slots = new System.Collections.Concurrent.ConcurrentBag<DateTimeOffset>();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 100; i++)
            {
                slots.Add(pacer.Reserve("-1001234", TimeSpan.FromSeconds(3)));
            }
        })));

        Assert.Equal(Enumerable.Range(0, 800).Select(k => now + (k * TimeSpan.FromSeconds(3))), slots.Order());
    }
}
