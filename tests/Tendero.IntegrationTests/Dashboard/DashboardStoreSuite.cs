using Microsoft.Extensions.Time.Testing;
using Tendero.Config;
using Tendero.Dashboard;
using Tendero.IntegrationTests.Support;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Dashboard;

/// <summary>The dashboard's SQL and the users table, run once per database (PostgreSQL types its sums differently).</summary>
public abstract class DashboardStoreSuite(string kind) : IAsyncLifetime
{
    private TestDatabase? db;
    private IDatabase? database;

    // 10:00 in Panama (UTC-5): the seeded hour falls on the same local day.
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 26, 15, 0, 0, TimeSpan.Zero));

    public async Task InitializeAsync()
    {
        db = await TestDatabase.CreateAsync(kind);
        database = await db.OpenAsync();
    }

    [SkippableFact]
    public async Task BuildAsync_SeededDay_CountsFunnelPercentilesAndCosts()
    {
        await DashboardSeed.WriteAsync(database!, "la-fonda", time.GetUtcNow());
        await DashboardSeed.WriteAsync(database!, "el-otro", time.GetUtcNow());
        var business = Business();

        var report = await new DashboardBuilder(new DashboardQueries(database!), new Tendero.Storage.ModelCallStore(database!), time).BuildAsync(business, 7, withMoney: true, default);

        Assert.Equal(new DateOnly(2026, 11, 26), report.Messages[^1].Date);
        Assert.Equal(7, report.Messages.Count);
        var today = Assert.Single(report.Messages[^1].Channels, c => c.Channel == "whatsapp");
        Assert.Equal((4L, 5L), (today.Inbound, today.Outbound));
        Assert.Equal((6L, 1L, 3L, 2L, 1L, 2L), (report.Delivery.Outbound, report.Delivery.Pending, report.Delivery.Sent, report.Delivery.Delivered, report.Delivery.Read, report.Delivery.Failed));
        Assert.Equal(new ResponseTimes(3, 4.0, 10.0), report.ResponseTime);
        Assert.Equal(["131026", "30006"], report.Delivery.Failures.Select(f => f.Code).Order(StringComparer.Ordinal));
        Assert.Equal(1, Assert.Single(report.Lanes).Queued);
        Assert.Equal(("kitchen", 1L, 1L), (report.Chains[0].Policy, report.Chains[0].Step, report.Chains[0].Count));
        Assert.Equal([("fast", 1L), ("offline", 2L), ("smart", 1L)], report.Models.Select(m => (m.Tier, m.Calls)));
        // Models 0.011 + messages 0.045 + compute 15.00 / 30 days × 7 days; the budget is 95.00 / 30 (3.166666, truncated to the micro) × 7.
        Assert.Equal(3_556_000, report.Costs!.Total.Micros);
        Assert.Equal("USD 3.556", report.Costs.Total.Display);
        Assert.Equal(3_166_666 * 7, report.Costs.Budget!.Micros);
        Assert.Equal(56_000 + 500_000, report.Costs.Days[^1].Total.Micros);
    }

    [SkippableFact]
    public async Task UserStore_PasswordRolesAndStamp_BehaveAsDocumented()
    {
        var users = new UserStore(database!, time);
        await users.AddAsync("Ana@Example.com", UserRole.Owner, "la-fonda", "first password", default);
        await users.AddAsync("ana@example.com", UserRole.Staff, "el-otro", null, default);

        Assert.Null(await users.CheckPasswordAsync("ana@example.com", "wrong", default));
        Assert.Null(await users.CheckPasswordAsync("nobody@example.com", "first password", default));
        var ana = await users.CheckPasswordAsync(" ANA@example.com", "first password", default);
        Assert.NotNull(ana);
        Assert.True(ana.CanSee("la-fonda") && ana.CanSeeMoney("la-fonda"));
        Assert.True(ana.CanSee("el-otro") && !ana.CanSeeMoney("el-otro"));
        Assert.False(ana.CanSee("tercero"));

        Assert.True(await users.RemoveAsync("ana@example.com", "el-otro", default));
        Assert.False((await users.FindAsync(ana.Id, ana.Stamp, default))!.CanSee("el-otro"));
        Assert.True(await users.SetPasswordAsync("ana@example.com", "second password", default));
        Assert.Null(await users.FindAsync(ana.Id, ana.Stamp, default)); // the old cookie's stamp no longer holds
        Assert.NotNull(await users.CheckPasswordAsync("ana@example.com", "second password", default));
        Assert.True(await users.RemoveAsync("ana@example.com", null, default));
        Assert.Empty(await users.ListAsync(default));
    }

    private static BusinessConfig Business() =>
        BusinessLoader.LoadDirectory(TestBusinesses.Path, new Secrets(TestApp.Environment(new Uri("http://127.0.0.1:5080")), true), new Uri("http://127.0.0.1"))
            .Single(b => b.Id == "la-fonda");

    public async Task DisposeAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }
        if (db is not null)
        {
            await db.DisposeAsync();
        }
    }
}

public sealed class SqliteDashboardStoreTests() : DashboardStoreSuite("sqlite");

public sealed class PostgresDashboardStoreTests() : DashboardStoreSuite("postgres");
