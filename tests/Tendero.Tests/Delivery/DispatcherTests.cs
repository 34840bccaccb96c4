using Tendero.Core;
using static Tendero.Tests.Delivery.DispatcherHarness;

namespace Tendero.Tests.Delivery;

/// <summary>One dispatch round over a real SQLite ledger, a fake clock and a scripted channel.</summary>
public sealed class DispatcherTests
{
    [Fact]
    public async Task RunOnceAsync_Sent_MarksTheRowSentWithTheProviderId()
    {
        var channel = new ScriptedChannel().Then(new SendResult.Sent("wamid.OK"));
        await using var harness = await CreateAsync(channel);
        var id = await harness.EnqueueAsync();

        Assert.Equal(1, await harness.RunOnceAsync());

        var row = await harness.RowAsync(id);
        Assert.Equal(("sent", "wamid.OK", 1L, Ms(Start)), (row.Status, row.ProviderId, row.Attempts, row.SentAt));
        Assert.Equal(new OutboundMessage(id, "la-fonda", new Address(ChannelKind.WhatsApp, "+50761234567"), "Hola Ana, tu mesa está lista", 1),
            Assert.Single(channel.Calls));
        Assert.Equal(0, await harness.RunOnceAsync());
    }

    [Fact]
    public async Task RunOnceAsync_Rejected_FailsAtOnceWithCodeAndReason()
    {
        var channel = new ScriptedChannel().Then(new SendResult.Rejected("131047", "The 24-hour window is closed"));
        await using var harness = await CreateAsync(channel);
        var id = await harness.EnqueueAsync();

        await harness.RunOnceAsync();

        var row = await harness.RowAsync(id);
        Assert.Equal(("failed", "131047", "The 24-hour window is closed"), (row.Status, row.ErrorCode, row.ErrorReason));
        Assert.Equal((1L, Ms(Start)), (row.Attempts, row.FailedAt));
        harness.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await harness.RunOnceAsync());
        Assert.Single(channel.Calls);
    }

    [Fact]
    public async Task RunOnceAsync_ThrottledRetryAfter3s_RequeuesAtExactlyThatTimeAndGivesTheAttemptBack()
    {
        var channel = new ScriptedChannel()
            .Then(new SendResult.Retry("130429", "Rate limit hit", TimeSpan.FromSeconds(3), Throttled: true))
            .Then(new SendResult.Sent("wamid.LATER"));
        await using var harness = await CreateAsync(channel);
        var id = await harness.EnqueueAsync();

        await harness.RunOnceAsync();
        var row = await harness.RowAsync(id);
        Assert.Equal(("queued", Ms(Start) + 3000, 0L, "130429"), (row.Status, row.RunAt, row.Attempts, row.ErrorCode));

        harness.Time.Advance(TimeSpan.FromSeconds(3) - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, await harness.RunOnceAsync());
        harness.Time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, await harness.RunOnceAsync());

        Assert.Equal([1, 1], channel.Calls.Select(c => c.Attempt));
        Assert.Equal(("sent", "wamid.LATER"), ((await harness.RowAsync(id)).Status, (await harness.RowAsync(id)).ProviderId));
    }

    [Fact]
    public async Task RunOnceAsync_MessageForAChannelWithNoSender_FailsAsConfigWithoutSending()
    {
        var channel = new ScriptedChannel();
        await using var harness = await CreateAsync(channel);
        var id = await harness.EnqueueAsync("telegram:111111111");

        await harness.RunOnceAsync();

        var row = await harness.RowAsync(id);
        Assert.Equal(("failed", "config"), (row.Status, row.ErrorCode));
        Assert.Equal("the business 'la-fonda' has no telegram channel configured", row.ErrorReason);
        Assert.Empty(channel.Calls);
    }

    [Fact]
    public async Task RunOnceAsync_MessageForAnUnknownBusiness_FailsAsConfigWithoutSending()
    {
        var channel = new ScriptedChannel();
        await using var harness = await CreateAsync(channel);
        var id = await harness.EnqueueAsync(business: "la-otra");

        await harness.RunOnceAsync();

        var row = await harness.RowAsync(id);
        Assert.Equal(("failed", "config"), (row.Status, row.ErrorCode));
        Assert.Contains("'la-otra'", row.ErrorReason);
        Assert.Empty(channel.Calls);
    }

    [Fact]
    public async Task RunOnceAsync_SeveralDueRows_SendsEachOnceInOneRound()
    {
        var channel = new ScriptedChannel();
        for (var i = 0; i < 5; i++)
        {
            channel.Then((m, _) => Task.FromResult<SendResult>(new SendResult.Sent($"wamid.{m.Id}")));
        }
        await using var harness = await CreateAsync(channel);
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await harness.EnqueueAsync());
        }

        Assert.Equal(5, await harness.RunOnceAsync());

        Assert.Equal(ids, channel.Calls.Select(c => c.Id).Order());
        foreach (var id in ids)
        {
            Assert.Equal($"wamid.{id}", (await harness.RowAsync(id)).ProviderId);
        }
    }
}
