using Tendero.Core;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Support;

/// <summary>Puts outbound rows straight into a running server's ledger, in a chosen end state, through its outbox.</summary>
public static class Ledger
{
    private const string Owner = "test-fixture";

    public static async Task<long> FailedAsync(TestApp app, string to, string code, string reason, string text = "hola")
    {
        var outbox = app.Get<Outbox>();
        var id = await outbox.EnqueueAsync("la-fonda", Address.Parse(to), text, default);
        var row = Assert.Single(await outbox.ClaimDueAsync(Owner, TimeSpan.FromMinutes(1), 10, default, onlyId: id));
        Assert.True(await outbox.MarkFailedAsync(row, Owner, code, reason, default));
        return id;
    }

    public static async Task<long> SentAsync(TestApp app, string to)
    {
        var outbox = app.Get<Outbox>();
        var id = await outbox.EnqueueAsync("la-fonda", Address.Parse(to), "hola", default);
        var row = Assert.Single(await outbox.ClaimDueAsync(Owner, TimeSpan.FromMinutes(1), 10, default, onlyId: id));
        Assert.True(await outbox.MarkSentAsync(row, Owner, $"P{id}", default));
        return id;
    }
}
