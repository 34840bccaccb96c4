using Tendero.Export;
using Tendero.IntegrationTests.Support;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Export;

/// <summary>
/// Exit kit → import into an empty install, compared row for row in every table the schema has; run once per database
/// (and across them: a SQLite kit into PostgreSQL).
/// </summary>
public abstract class ExitKitRoundTripSuite(string kind, string targetKind)
{
    [SkippableFact]
    public async Task ExitKit_ImportedIntoEmptyInstall_EveryTableRowForRow()
    {
        using var world = new KitWorld();
        await using var sourceDb = await TestDatabase.CreateAsync(kind);
        await using var targetDb = await TestDatabase.CreateAsync(targetKind);
        await using var source = await sourceDb.OpenAsync();
        await using var target = await targetDb.OpenAsync();
        // A table "another issue" adds (a users table with a password hash): exported and restored with no code change.
        await AddUsersTableAsync(source);
        await AddUsersTableAsync(target);
        var seeded = await TableSeeder.SeedAsync(source, perBusiness: 7, default);
        var business = BusinessFiles.Find(world.Businesses, TableSeeder.Business);
        var folder = world.Path_("kit");

        var kit = await ExitKit.WriteAsync(source, business, folder, includeSecrets: false, _ => null, TimeProvider.System, null, default);
        var first = await KitImporter.ImportAsync(target, folder, null, default);
        var again = await KitImporter.ImportAsync(target, folder, null, default);

        var tables = await TableCatalog.ReadAsync(source, default);
        Assert.Equal(tables.Select(t => t.Name), kit.Manifest.Tables.Select(t => t.Name));
        foreach (var table in tables)
        {
            var expected = await TableRows.ReadAllAsync(source, table, new RowFilter(TableSeeder.Business), default);
            var actual = await TableRows.ReadAllAsync(target, table, new RowFilter(null), default);
            Assert.True(expected.Count > 0, $"{table.Name} was not seeded");
            Assert.True(expected.Count < seeded[table.Name] || table.Scope.IsGlobal, $"{table.Name} took the other business's rows");
            Assert.Equal(expected.Count, actual.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.True(expected[i].SequenceEqual(actual[i]), $"{table.Name} row {i}: [{string.Join(" | ", expected[i])}] became [{string.Join(" | ", actual[i])}]");
            }
            Assert.Equal(expected.Count, first.Single(t => t.Table == table.Name).Added);
            Assert.Equal(0, again.Single(t => t.Table == table.Name).Added);
            Assert.Equal(expected.Count, again.Single(t => t.Table == table.Name).Skipped);
        }
        Assert.Contains(kit.Manifest.Tables, t => t.Name == "late_users" && t.Rows == 7 && t.Scope == "via late_user_roles.late_user_id -> id");
        var users = tables.Single(t => t.Name == "late_users");
        var hashes = (await TableRows.ReadAllAsync(target, users, new RowFilter(null, IncludeSecrets: true), default)).Select(r => r[^1]);
        Assert.All(hashes, h => Assert.Equal(RowFilter.RedactedValue, h));
        var sourceHash = (string)(await TableRows.ReadAllAsync(source, users, new RowFilter(null, IncludeSecrets: true), default))[0][^1]!;
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(sourceHash, await File.ReadAllTextAsync(file), StringComparison.Ordinal);
        }
    }

    // Shaped like the dashboard's users (no business_id: a business's roles point at them) and user_roles.
    private static Task<int> AddUsersTableAsync(IDatabase database) => database.WriteAsync((c, t) => Dapper.SqlMapper.ExecuteAsync(c, """
        CREATE TABLE late_users (id BIGINT PRIMARY KEY, email TEXT NOT NULL, stamp TEXT NOT NULL, password_hash TEXT NOT NULL);
        CREATE TABLE late_user_roles (late_user_id BIGINT NOT NULL, business_id TEXT NOT NULL, role TEXT NOT NULL, PRIMARY KEY (late_user_id, business_id));
        """, transaction: t), default);

    [SkippableFact]
    public async Task Import_AfterImport_NewRowsGetFreshIds()
    {
        using var world = new KitWorld();
        await using var sourceDb = await TestDatabase.CreateAsync(kind);
        await using var targetDb = await TestDatabase.CreateAsync(targetKind);
        await using var source = await sourceDb.OpenAsync();
        await using var target = await targetDb.OpenAsync();
        await TableSeeder.SeedAsync(source, perBusiness: 3, default);
        var folder = world.Path_("kit");
        await ExitKit.WriteAsync(source, BusinessFiles.Find(world.Businesses, TableSeeder.Business), folder, false, _ => null, TimeProvider.System, null, default);
        await KitImporter.ImportAsync(target, folder, null, default);

        // A message stored after the import must not collide with an imported id (PostgreSQL's sequence was moved on).
        var outbox = new Outbox(target, TimeProvider.System);
        var id = await outbox.EnqueueAsync("la-fonda", Core.Address.Parse("telegram:700100200"), "Hola de nuevo", default);
        var messages = (await TableCatalog.ReadAsync(target, default)).Single(t => t.Name == "messages");
        var imported = await TableRows.ReadAllAsync(target, messages, new RowFilter(null), default);
        Assert.True(imported.Where(r => (long)r[0]! != id).All(r => (long)r[0]! < id), "a new message took an imported id");
    }

    [SkippableFact]
    public async Task Import_ChangedFile_RefusedAndNothingImported()
    {
        using var world = new KitWorld();
        await using var sourceDb = await TestDatabase.CreateAsync(kind);
        await using var targetDb = await TestDatabase.CreateAsync(targetKind);
        await using var source = await sourceDb.OpenAsync();
        await using var target = await targetDb.OpenAsync();
        await TableSeeder.SeedAsync(source, perBusiness: 2, default);
        var folder = world.Path_("kit");
        await ExitKit.WriteAsync(source, BusinessFiles.Find(world.Businesses, TableSeeder.Business), folder, false, _ => null, TimeProvider.System, null, default);
        await File.AppendAllTextAsync(Path.Combine(folder, "data", "messages.jsonl"), "{\"id\": 999}\n");

        var e = await Assert.ThrowsAsync<ExportException>(() => KitImporter.ImportAsync(target, folder, null, default));
        Assert.Contains("data/messages.jsonl does not match its checksum", e.Message, StringComparison.Ordinal);
        var messages = (await TableCatalog.ReadAsync(target, default)).Single(t => t.Name == "messages");
        Assert.Empty(await TableRows.ReadAllAsync(target, messages, new RowFilter(null), default));
    }
}

public sealed class SqliteExitKitRoundTripTests() : ExitKitRoundTripSuite("sqlite", "sqlite");

public sealed class PostgresExitKitRoundTripTests() : ExitKitRoundTripSuite("postgres", "postgres");

public sealed class SqliteToPostgresExitKitTests() : ExitKitRoundTripSuite("sqlite", "postgres");
