using Tendero.Core;
using Tendero.Delivery;
using static Tendero.Tests.Delivery.DispatcherHarness;

namespace Tendero.Tests.Delivery;

/// <summary>Retries, give-up and send timeouts of the Dispatcher, on a fake clock.</summary>
public sealed class DispatcherRetryTests
{
    private static readonly DispatcherOptions ThreeAttempts = new() { MaxAttempts = 3, BaseBackoff = TimeSpan.FromSeconds(2), MaxBackoff = TimeSpan.FromMinutes(10) };

    [Fact]
    public async Task RunOnceAsync_PlainRetry_BacksOffWithinBoundsThenGivesUpAfterMaxAttempts()
    {
        var transient = new SendResult.Retry("1", "An unknown error occurred");
        var channel = new ScriptedChannel().Then(transient).Then(transient).Then(transient);
        await using var harness = await CreateAsync(channel, ThreeAttempts);
        var id = await harness.EnqueueAsync();

        for (var attempt = 1; attempt <= 2; attempt++)
        {
            var now = Ms(harness.Time.GetUtcNow());
            await harness.RunOnceAsync();
            var row = await harness.RowAsync(id);
            Assert.Equal(("queued", (long)attempt, "1"), (row.Status, row.Attempts, row.ErrorCode));
            Assert.InRange(row.RunAt!.Value, now + 2000, now + (2000L << (attempt - 1)));
            harness.Time.SetUtcNow(DateTimeOffset.FromUnixTimeMilliseconds(row.RunAt.Value));
        }
        await harness.RunOnceAsync();

        var failed = await harness.RowAsync(id);
        Assert.Equal(("failed", 3L, "1"), (failed.Status, failed.Attempts, failed.ErrorCode));
        Assert.Equal("gave up after 3 attempts: An unknown error occurred", failed.ErrorReason);
        Assert.Equal([1, 2, 3], channel.Calls.Select(c => c.Attempt));
    }

    [Fact]
    public async Task RunOnceAsync_RetryWithAWaitLongerThanTheBackoff_WaitsTheProvidersTime()
    {
        var channel = new ScriptedChannel().Then(new SendResult.Retry("131057", "Account in maintenance mode", TimeSpan.FromMinutes(1)));
        await using var harness = await CreateAsync(channel, ThreeAttempts);
        var id = await harness.EnqueueAsync();

        await harness.RunOnceAsync();

        var row = await harness.RowAsync(id);
        Assert.Equal((Ms(Start) + 60_000, 1L), (row.RunAt, row.Attempts));
    }

    [Fact]
    public async Task RunOnceAsync_ThrottledRetries_NeverUseUpTheAttempts()
    {
        var throttled = new SendResult.Retry("130429", "Rate limit hit", TimeSpan.FromSeconds(1), Throttled: true);
        var channel = new ScriptedChannel();
        for (var i = 0; i < 5; i++)
        {
            channel.Then(throttled);
        }
        await using var harness = await CreateAsync(channel, ThreeAttempts);
        var id = await harness.EnqueueAsync();

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(1, await harness.RunOnceAsync());
            harness.Time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(("queued", 0L), ((await harness.RowAsync(id)).Status, (await harness.RowAsync(id)).Attempts));
    }

    [Fact]
    public async Task RunOnceAsync_RowAlreadyPastMaxAttempts_FailsWithoutSending()
    {
        var channel = new ScriptedChannel();
        await using var harness = await CreateAsync(channel, ThreeAttempts);
        var id = await harness.EnqueueAsync();
        await harness.SetAttemptsAsync(id, 3);

        await harness.RunOnceAsync();

        var row = await harness.RowAsync(id);
        Assert.Equal(("failed", "attempts", "gave up after 3 attempts"), (row.Status, row.ErrorCode, row.ErrorReason));
        Assert.Empty(channel.Calls);
    }

    [Fact]
    public async Task RunOnceAsync_ChannelHangsPastTheSendTimeout_RetriesAsTimeout()
    {
        var channel = new ScriptedChannel().ThenHang();
        await using var harness = await CreateAsync(channel, ThreeAttempts, sendTimeout: TimeSpan.FromSeconds(30));
        var id = await harness.EnqueueAsync();

        var round = harness.RunOnceAsync();
        await channel.Entered.Task.WaitAsync(TimeSpan.FromSeconds(5), TimeProvider.System);
        harness.Time.Advance(TimeSpan.FromSeconds(30) - TimeSpan.FromMilliseconds(1));
        await Task.WhenAny(round, Task.Delay(TimeSpan.FromMilliseconds(50), TimeProvider.System));
        Assert.False(round.IsCompleted);
        harness.Time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, await round.WaitAsync(TimeSpan.FromSeconds(5), TimeProvider.System));

        var row = await harness.RowAsync(id);
        Assert.Equal(("queued", "timeout", 1L), (row.Status, row.ErrorCode, row.Attempts));
        Assert.Equal("no answer from the provider within 30 s", row.ErrorReason);
        Assert.Equal(Ms(Start) + 30_000 + 2_000, row.RunAt);
    }
}
