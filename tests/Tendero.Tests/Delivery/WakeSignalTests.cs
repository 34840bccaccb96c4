using Microsoft.Extensions.Time.Testing;
using Tendero.Delivery;

namespace Tendero.Tests.Delivery;

public sealed class WakeSignalTests
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(5);
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero));

    // A wait that should still be pending is given a moment of real time to prove it did not end.
    private static async Task AssertPendingAsync(Task wait)
    {
        await Task.WhenAny(wait, Task.Delay(TimeSpan.FromMilliseconds(50), TimeProvider.System));
        Assert.False(wait.IsCompleted);
    }

    [Fact]
    public async Task WaitAsync_WokenBefore_ReturnsWithoutTheClockMoving()
    {
        using var signal = new WakeSignal();
        signal.Wake();

        await signal.WaitAsync(TimeSpan.FromMinutes(1), time, CancellationToken.None).WaitAsync(Long, TimeProvider.System);

        Assert.Equal(new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero), time.GetUtcNow());
    }

    [Fact]
    public async Task WaitAsync_ManyWakesBefore_CollapseIntoOne()
    {
        using var signal = new WakeSignal();
        signal.Wake();
        signal.Wake();
        signal.Wake();
        await signal.WaitAsync(TimeSpan.FromMinutes(1), time, CancellationToken.None).WaitAsync(Long, TimeProvider.System);

        var second = signal.WaitAsync(TimeSpan.FromMinutes(1), time, CancellationToken.None);

        await AssertPendingAsync(second);
        time.Advance(TimeSpan.FromMinutes(1));
        await second.WaitAsync(Long, TimeProvider.System);
    }

    [Fact]
    public async Task WaitAsync_NoWake_EndsExactlyAtMaxOnTheClock()
    {
        using var signal = new WakeSignal();

        var wait = signal.WaitAsync(TimeSpan.FromSeconds(10), time, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(10) - TimeSpan.FromMilliseconds(1));
        await AssertPendingAsync(wait);
        time.Advance(TimeSpan.FromMilliseconds(1));

        await wait.WaitAsync(Long, TimeProvider.System);
    }

    [Fact]
    public async Task WaitAsync_WokenDuringTheWait_Returns()
    {
        using var signal = new WakeSignal();
        var wait = signal.WaitAsync(TimeSpan.FromMinutes(1), time, CancellationToken.None);
        await AssertPendingAsync(wait);

        signal.Wake();

        await wait.WaitAsync(Long, TimeProvider.System);
    }

    [Fact]
    public async Task WaitAsync_TimedOut_DoesNotSwallowALaterWake()
    {
        using var signal = new WakeSignal();
        var first = signal.WaitAsync(TimeSpan.FromSeconds(1), time, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(1));
        await first.WaitAsync(Long, TimeProvider.System);

        signal.Wake();

        await signal.WaitAsync(TimeSpan.FromMinutes(1), time, CancellationToken.None).WaitAsync(Long, TimeProvider.System);
    }

    [Fact]
    public async Task WaitAsync_CancelledDuringTheWait_Throws()
    {
        using var signal = new WakeSignal();
        using var cancel = new CancellationTokenSource();
        var wait = signal.WaitAsync(TimeSpan.FromMinutes(1), time, cancel.Token);
        await AssertPendingAsync(wait);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait.WaitAsync(Long, TimeProvider.System));
    }

    [Fact]
    public async Task WaitAsync_AlreadyCancelled_Throws()
    {
        using var signal = new WakeSignal();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => signal.WaitAsync(TimeSpan.FromMinutes(1), time, new CancellationToken(true)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1000)]
    public async Task WaitAsync_NonPositiveMax_ReturnsAtOnce(int ms)
    {
        using var signal = new WakeSignal();

        var wait = signal.WaitAsync(TimeSpan.FromMilliseconds(ms), time, CancellationToken.None);

        Assert.True(wait.IsCompletedSuccessfully);
        await wait;
    }
}
