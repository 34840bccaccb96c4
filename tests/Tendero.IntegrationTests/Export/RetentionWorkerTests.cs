using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Tendero.Config;
using Tendero.Export;
using Tendero.IntegrationTests.Support;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Export;

/// <summary>The <c>retention</c> worker: old bodies go, counts, statuses, costs and times stay; run once per database.</summary>
public abstract class RetentionWorkerSuite(string kind)
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));

    [SkippableFact]
    public async Task RunOnce_OldBodies_PurgedCountsStatusesAndCostsKept()
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var database = await db.OpenAsync();
        var old = time.GetUtcNow().AddDays(-91).ToUnixTimeMilliseconds();
        var recent = time.GetUtcNow().AddDays(-89).ToUnixTimeMilliseconds();
        await database.WriteAsync(async (c, t) =>
        {
            foreach (var (business, at, status, text) in new[]
            {
                ("la-fonda", old, "read", "Mi alergia: maní"), ("la-fonda", old, "delivered", "Su mesa está lista"),
                ("la-fonda", old, "queued", "todavía por enviar"), ("la-fonda", recent, "read", "¿Abren el lunes?"),
                ("el-otro", old, "read", "otro negocio, sin regla"),
            })
            {
                var id = await c.ExecuteScalarAsync<long>("""
                    INSERT INTO messages (business_id, channel, direction, address, kind, text, raw, data, status, created_at, updated_at, segments)
                    VALUES (@business, 'whatsapp', 'out', '+50760001111', 'text', @text, '{"caption":"foto"}', '{"name":"Ana"}', @status, @at, @at, 1)
                    RETURNING id
                    """, new { business, text, status, at }, t);
                await c.ExecuteAsync("""
                    INSERT INTO costs (business_id, source, message_id, channel, units, unit_micros, amount_micros, currency, created_at, updated_at)
                    VALUES (@business, 'message', @id, 'whatsapp', 1, 3500, 3500, 'USD', @at, @at)
                    """, new { business, id, at }, t);
            }
            return 0;
        }, default);
        var worker = new RetentionWorker(
            new Businesses([Business("la-fonda", 90), Business("el-otro", null)]),
            new MessageRetention(database), time, NullLogger<RetentionWorker>.Instance);

        var purged = await worker.RunOnceAsync(default);
        var again = await worker.RunOnceAsync(default);

        Assert.Equal(2, purged.Messages);
        Assert.Equal(0, again.Total);
        var rows = (await database.ReadAsync(c => c.QueryAsync<(string Business, string? Text, string? Raw, string? Data, string Status, long Segments)>(
            "SELECT business_id, text, raw, data, status, segments FROM messages ORDER BY id"), default)).ToList();
        Assert.Equal([null, null, "todavía por enviar", "¿Abren el lunes?", "otro negocio, sin regla"], rows.Select(r => r.Text));
        Assert.Equal([null, null], rows.Take(2).Select(r => r.Raw));
        Assert.Equal([null, null], rows.Take(2).Select(r => r.Data));
        Assert.Equal(["read", "delivered", "queued", "read", "read"], rows.Select(r => r.Status));
        Assert.All(rows, r => Assert.Equal(1, r.Segments));
        var costs = await database.ReadAsync(c => c.QueryAsync<(long Count, long Sum)>("SELECT COUNT(*), SUM(amount_micros) FROM costs"), default);
        Assert.Equal((5L, 17500L), costs.Single());
    }

    private static BusinessConfig Business(string id, int? days) =>
        new(id, id, TimeZoneInfo.Utc, "es", new Dictionary<string, string>(), null, null, null, id + ".yaml")
        {
            Retention = days is { } d ? new RetentionConfig(d) : null,
        };
}

public sealed class SqliteRetentionWorkerTests() : RetentionWorkerSuite("sqlite");

public sealed class PostgresRetentionWorkerTests() : RetentionWorkerSuite("postgres");
