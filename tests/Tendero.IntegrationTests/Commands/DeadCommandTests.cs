using System.CommandLine;
using Tendero.Cli;
using Tendero.Core;
using Tendero.IntegrationTests.Support;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Commands;

/// <summary><c>tendero dead</c> on a database with no server running: the rows are made first, then the verb runs in-process.</summary>
public sealed class DeadCommandTests : IAsyncLifetime, IDisposable
{
    private readonly TestDatabase db = TestDatabase.Sqlite();
    private readonly StringWriter output = new();
    private readonly StringWriter errors = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await db.DisposeAsync();

    public void Dispose()
    {
        output.Dispose();
        errors.Dispose();
    }

    [Fact]
    public async Task Dead_FailedMessages_TableShowsAddressCodeAndReason()
    {
        var (failed, _) = await SeedAsync();
        Assert.Equal(0, await RunAsync("dead"));
        var text = output.ToString();
        Assert.Contains(failed.ToString(System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        Assert.Contains("+50720001111", text, StringComparison.Ordinal);
        Assert.Contains("21614", text, StringComparison.Ordinal);
        Assert.Contains("[landline] cannot receive SMS", text, StringComparison.Ordinal);
        Assert.DoesNotContain("telegram", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dead_OtherBusiness_SaysNone()
    {
        await SeedAsync();
        Assert.Equal(0, await RunAsync("dead", "--business", "el-otro"));
        Assert.Contains("No dead messages.", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeadRetry_FailedMessage_QueuedAndExit0()
    {
        var (failed, _) = await SeedAsync();
        Assert.Equal(0, await RunAsync("dead", "retry", failed.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains($"Message {failed} is queued again", output.ToString(), StringComparison.Ordinal);
        Assert.Equal("queued", await StatusAsync(failed));
    }

    [Fact]
    public async Task DeadRetry_SentMessage_Exit1WithItsStatus()
    {
        var (_, sent) = await SeedAsync();
        Assert.Equal(1, await RunAsync("dead", "retry", sent.ToString(System.Globalization.CultureInfo.InvariantCulture), "--business", "la-fonda"));
        Assert.Contains($"message {sent} is sent, only failed messages can be retried", errors.ToString(), StringComparison.Ordinal);
        Assert.Equal("sent", await StatusAsync(sent));
    }

    [Theory]
    [InlineData("dead", "retry", "999999")]
    [InlineData("dead", "retry")]
    [InlineData("dead", "retry", "1", "--all")]
    [InlineData("dead", "--limit", "0")]
    public async Task Dead_UnknownIdOrBadArguments_Exit1WithReason(params string[] args)
    {
        await SeedAsync();
        Assert.Equal(1, await RunAsync(args));
        Assert.NotEqual("", errors.ToString().Trim());
    }

    [Fact]
    public async Task DeadRetryAll_Business_RetriesEveryFailedOne()
    {
        var (failed, sent) = await SeedAsync();
        Assert.Equal(0, await RunAsync("dead", "retry", "--all", "--business", "la-fonda"));
        Assert.Contains("1 dead messages are queued again", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(("queued", "sent"), (await StatusAsync(failed), await StatusAsync(sent)));
    }

    private async Task<int> RunAsync(params string[] args)
    {
        var root = new RootCommand { DeadCommand.Create(PlainConsole.To(output), PlainConsole.To(errors)) };
        return await root.Parse([.. args, "--db", db.Connection]).InvokeAsync();
    }

    /// <summary>One failed SMS and one sent Telegram message for la-fonda, made through the outbox.</summary>
    private async Task<(long Failed, long Sent)> SeedAsync()
    {
        await using var database = await db.OpenAsync();
        var outbox = new Outbox(database, TimeProvider.System);
        var failed = await outbox.EnqueueAsync("la-fonda", Address.Parse("sms:+50720001111"), "hola", default);
        var sent = await outbox.EnqueueAsync("la-fonda", Address.Parse("telegram:424242"), "hola", default);
        var rows = await outbox.ClaimDueAsync("cli-test", TimeSpan.FromMinutes(1), 10, default);
        await outbox.MarkFailedAsync(rows.Single(r => r.Id == failed), "cli-test", "21614", "The number is a [landline] cannot receive SMS", default);
        await outbox.MarkSentAsync(rows.Single(r => r.Id == sent), "cli-test", "1:1", default);
        return (failed, sent);
    }

    private async Task<string> StatusAsync(long id)
    {
        await using var database = await db.OpenAsync();
        return (await new MessageQueries(database).GetAsync(id, default))!.Status;
    }
}
