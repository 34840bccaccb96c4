using System.CommandLine;
using Tendero.Cli;
using Tendero.Config;
using Tendero.Export;
using Tendero.IntegrationTests.Support;
using Xunit.Abstractions;

namespace Tendero.IntegrationTests.Export;

/// <summary>
/// Issue 7's round trip on real data: <c>tendero demo --burst</c> runs in-process, its database goes into an exit kit,
/// the kit into an empty install (twice), and every table must come back row for row with no secret in the kit. It runs
/// alone, after the parallel tests, so the demo's own settle check is not judged on a machine busy with other tests.
/// </summary>
[Collection(DemoRunsAlone.Name)]
public sealed class DemoRoundTripTests(ITestOutputHelper log)
{
    private const string Business = "la-fonda";

    // The burst (customers' messages answered by the assistant, and the alerts of demo/people.yaml), on the real clock.
    // The evening at --speed 3600 reported one unsettled message in two of four full runs on CI's 2 cores; until that is
    // understood, the round trip runs on the burst, and the reservation tables are covered by ExitKitRoundTripSuite.
    private const string Messages = "120";

    // Tables the burst must have filled, or the round trip would prove little.
    private static readonly string[] Filled =
        ["messages", "events", "costs", "model_calls", "conversations", "contacts", "chains", "chain_events"];

    [Fact]
    public async Task ExitKit_AfterDemo_ImportsEveryTableRowForRowWithoutSecrets()
    {
        using var world = new KitWorld();
        CopyDemoFiles(world.Businesses);
        await using var sourceDb = TestDatabase.Sqlite();
        await using var targetDb = TestDatabase.Sqlite();
        var started = TimeProvider.System.GetTimestamp();

        var exit = await new RootCommand { DemoCommand.Create() }.Parse([
            "demo", "--exit", "--burst", "--messages", Messages, "--db", sourceDb.Connection, "--businesses", world.Businesses,
            "--urls", $"http://127.0.0.1:{FreePort.Next()}", "--simulator-urls", $"http://127.0.0.1:{FreePort.Next()}",
        ]).InvokeAsync();
        if (exit != 0)
        {
            await using var failed = await sourceDb.OpenAsync();
            Assert.Fail($"The demo lost or did not settle messages (exit {exit}):\n{await LossReportAsync(failed)}");
        }
        log.WriteLine($"demo burst of {Messages}: {TimeProvider.System.GetElapsedTime(started).TotalSeconds:F1} s");

        await using var source = await sourceDb.OpenAsync();
        await using var target = await targetDb.OpenAsync();
        // The secrets the demo's server ran with: the environment, else the documented demo values.
        var secrets = Secrets.FromProcess(allowDemoDefaults: true);
        var business = BusinessFiles.Find(world.Businesses, Business);
        var kit = await ExitKit.WriteAsync(source, business, world.Path_("kit"), includeSecrets: false, secrets.Get, TimeProvider.System, null, default);
        var first = await KitImporter.ImportAsync(target, kit.Folder, null, default);
        var again = await KitImporter.ImportAsync(target, kit.Folder, null, default);

        var tables = await TableCatalog.ReadAsync(source, default);
        Assert.Equal(tables.Select(t => t.Name), kit.Manifest.Tables.Select(t => t.Name));
        foreach (var table in tables)
        {
            var expected = await TableRows.ReadAllAsync(source, table, new RowFilter(Business), default);
            var actual = await TableRows.ReadAllAsync(target, table, new RowFilter(null), default);
            log.WriteLine($"{table.Name} ({table.Scope.Describe()}): {expected.Count} rows");
            Assert.True(expected.Count > 0 || !Filled.Contains(table.Name), $"the demo left {table.Name} empty");
            Assert.Equal(expected.Count, actual.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.True(expected[i].SequenceEqual(actual[i]), $"{table.Name} row {i}: [{string.Join(" | ", expected[i])}] became [{string.Join(" | ", actual[i])}]");
            }
            Assert.Equal(expected.Count, first.Single(t => t.Table == table.Name).Added);
            Assert.Equal(0, again.Single(t => t.Table == table.Name).Added);
            Assert.Equal(expected.Count, again.Single(t => t.Table == table.Name).Skipped);
        }
        Assert.All(Filled, name => Assert.Contains(tables, t => t.Name == name));

        // The demo's dashboard admin holds a role on every business ('*'), not on La Fonda: it stays out of La Fonda's kit.
        var users = tables.Single(t => t.Name == "users");
        Assert.NotEmpty(await TableRows.ReadAllAsync(source, users, new RowFilter(null), default));
        Assert.Equal(0, kit.Manifest.Tables.Single(t => t.Name == "users").Rows);

        var values = SecretValues(business.Path, secrets);
        var leaks = new List<string>();
        foreach (var file in Directory.EnumerateFiles(kit.Folder, "*", SearchOption.AllDirectories))
        {
            var text = await File.ReadAllTextAsync(file);
            // Named by their first letters only, so a real secret in the environment is not printed by a failure.
            leaks.AddRange(values.Where(v => text.Contains(v, StringComparison.Ordinal)).Select(v => $"{Path.GetRelativePath(kit.Folder, file)}: {v[..4]}…"));
        }
        Assert.Empty(leaks);
        // Asked for, they are there: the values searched for above are the ones the kit would carry.
        var withSecrets = await ExitKit.WriteAsync(source, business, world.Path_("kit-with-secrets"), includeSecrets: true, secrets.Get, TimeProvider.System, null, default);
        var env = await File.ReadAllTextAsync(Path.Combine(withSecrets.Folder, "secrets.env"));
        Assert.All(values, value => Assert.Contains(value, env, StringComparison.Ordinal));
        log.WriteLine($"total: {TimeProvider.System.GetElapsedTime(started).TotalSeconds:F1} s, {kit.Rows} rows in the kit");
    }

    /// <summary>The business's secrets as the loaded config resolved them: channel tokens and model keys, and the API key.</summary>
    private static List<string> SecretValues(string path, Secrets secrets)
    {
        var config = BusinessLoader.LoadFile(path, secrets, new Uri("http://127.0.0.1:1"));
        string?[] values =
        [
            config.WhatsApp?.AppSecret, config.WhatsApp?.VerifyToken, config.WhatsApp?.AccessToken,
            config.Telegram?.BotToken, config.Telegram?.SecretToken, config.Twilio?.AuthToken,
            config.Models.Fast?.ApiKey, config.Models.Smart?.ApiKey, secrets.Get("TENDERO_API_KEY"),
        ];
        Assert.All(values, v => Assert.NotNull(v));
        return values.Select(v => v!).ToList();
    }

    /// <summary>The demo's own files beside la-fonda.yaml (its people and alerts, the sheet's demo key), as the CLI ships them.</summary>
    // What the demo's check counted: inbound texts nobody answered, replies not final, and agent work that is not done.
    private static Task<string> LossReportAsync(Tendero.Storage.IDatabase database) => database.ReadAsync(async c =>
    {
        var lines = await Dapper.SqlMapper.QueryAsync<string>(c, """
            SELECT 'unanswered in ' || i.id || ' ' || i.channel || ' ' || i.address || ': ' || COALESCE(i.text, '') FROM messages i
             WHERE i.direction = 'in' AND i.kind = 'text' AND NOT EXISTS (SELECT 1 FROM messages o WHERE o.reply_to = i.id)
            UNION ALL
            SELECT 'out ' || id || ' ' || channel || ' ' || status || ' attempts ' || attempts || ' ' || COALESCE(error_reason, '') FROM messages
             WHERE direction = 'out' AND status NOT IN ('delivered', 'read', 'failed', 'sent')
            UNION ALL
            SELECT 'work ' || w.agent || ' ' || w.state || ' attempts ' || w.attempts || ' event ' || e.topic || ' ' || e.dedupe_key || ': ' || COALESCE(w.error, '')
              FROM agent_work w JOIN events e ON e.id = w.event_id WHERE w.state <> 'done'
            """);
        return string.Join("\n", lines.Take(40));
    }, default);

    private static void CopyDemoFiles(string businesses)
    {
        var demo = Path.Combine(businesses, "demo");
        Directory.CreateDirectory(demo);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "businesses", "demo")).Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(demo, Path.GetFileName(file)));
        }
    }
}

/// <summary>The collection of tests that play the whole demo; xUnit runs it on its own, after the others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DemoRunsAlone
{
    public const string Name = "demo runs alone";
}
