using Microsoft.Extensions.Time.Testing;
using Tendero.Core;
using Tendero.IntegrationTests.Support;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Storage;

/// <summary>
/// A fresh database of the given kind per test, with the outbox and dead letters on a fake clock, and helpers that
/// make outbound rows in an end state through the outbox's own steps (enqueue, claim, complete).
/// </summary>
public abstract class DeadStoreTest(string kind) : IAsyncLifetime
{
    private const string Owner = "fixture";
    private TestDatabase? db;

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 26, 15, 0, 0, TimeSpan.Zero));

    protected IDatabase Database { get; private set; } = null!;

    protected Outbox Outbox { get; private set; } = null!;

    protected DeadLetters Dead { get; private set; } = null!;

    protected MessageQueries Queries { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        db = await TestDatabase.CreateAsync(kind);
        Database = await db.OpenAsync();
        (Outbox, Dead, Queries) = (new Outbox(Database, Time), new DeadLetters(Database, Time), new MessageQueries(Database));
    }

    // InitializeAsync stops early when PostgreSQL is skipped, so either may be missing.
    public async Task DisposeAsync()
    {
        if (Database is not null)
        {
            await Database.DisposeAsync();
        }
        if (db is not null)
        {
            await db.DisposeAsync();
        }
    }

    /// <summary>A message the provider refused for good: status failed, with its code and reason.</summary>
    protected async Task<long> FailAsync(string business, string to, string code, string reason)
    {
        var id = await Outbox.EnqueueAsync(business, Address.Parse(to), "hola", default);
        var row = Assert.Single(await Outbox.ClaimDueAsync(Owner, TimeSpan.FromMinutes(1), 10, default, onlyId: id));
        Assert.True(await Outbox.MarkFailedAsync(row, Owner, code, reason, default));
        return id;
    }

    /// <summary>A message the provider accepted: status sent, with a provider id.</summary>
    protected async Task<long> SentAsync(string business, string to, string? providerId = null)
    {
        var id = await Outbox.EnqueueAsync(business, Address.Parse(to), "hola", default);
        var row = Assert.Single(await Outbox.ClaimDueAsync(Owner, TimeSpan.FromMinutes(1), 10, default, onlyId: id));
        Assert.True(await Outbox.MarkSentAsync(row, Owner, providerId ?? $"P{id}", default));
        return id;
    }
}
