using System.CommandLine;
using Tendero.Cli;
using Tendero.IntegrationTests.Support;

namespace Tendero.IntegrationTests.Export;

/// <summary>The verbs end to end in-process: <c>exit-kit</c>, <c>import</c> twice, <c>backup</c>, with their sentences.</summary>
public sealed class ExitKitCommandTests : IDisposable
{
    private readonly KitWorld world = new();
    private readonly StringWriter output = new();
    private readonly StringWriter errors = new();

    public void Dispose()
    {
        world.Dispose();
        output.Dispose();
        errors.Dispose();
    }

    private async Task<int> RunAsync(params string[] args)
    {
        var (console, errorConsole) = (PlainConsole.To(output), PlainConsole.To(errors));
        var root = new RootCommand
        {
            ExitKitCommand.Create(console, errorConsole, _ => null),
            ImportCommand.Create(console, errorConsole),
            BackupCommand.Create(console, errorConsole),
        };
        return await root.Parse([.. args, "--businesses", world.Businesses]).InvokeAsync();
    }

    [Fact]
    public async Task ExitKitThenImportTwice_RowsAddedThenAlreadyThere()
    {
        await using var source = TestDatabase.Sqlite();
        await using var target = TestDatabase.Sqlite();
        await using (var database = await source.OpenAsync())
        {
            await TableSeeder.SeedAsync(database, perBusiness: 3, default);
        }
        var kit = world.Path_("kit");

        Assert.Equal(0, await RunAsync("exit-kit", "--business", "la-fonda", "--out", kit, "--db", source.Connection));
        Assert.Contains("Exit kit for la-fonda:", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await RunAsync("import", kit, "--db", target.Connection));
        Assert.Matches(@"\n[1-9][\d,]* rows added, 0 already there", output.ToString());
        output.GetStringBuilder().Clear();
        Assert.Equal(0, await RunAsync("import", kit, "--db", target.Connection));
        Assert.Matches(@"\n0 rows added, [1-9][\d,]* already there", output.ToString());

        Assert.Equal(1, await RunAsync("exit-kit", "--business", "la-fonda", "--out", kit, "--db", source.Connection));
        Assert.Contains("is not empty", errors.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, await RunAsync("import", world.Businesses, "--db", target.Connection));
        Assert.Contains("is not an exit kit", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_SqliteAndPostgres_CopyOrTheCommand()
    {
        await using var db = TestDatabase.Sqlite();
        await (await db.OpenAsync()).DisposeAsync();
        var file = world.Path_("backup.db");

        Assert.Equal(0, await RunAsync("backup", "--out", file, "--db", db.Connection));
        Assert.Contains("integrity check ok", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, await RunAsync("backup", "--out", file, "--db", db.Connection));
        Assert.Contains("never overwrites", errors.ToString(), StringComparison.Ordinal);

        Assert.Equal(0, await RunAsync("backup", "--out", "t.dump", "--db", "Host=db.local;Username=tendero;Password=s3cr3t;Database=tendero"));
        Assert.Contains("pg_dump --format=custom --no-owner --file=t.dump --host=db.local --port=5432 --username=tendero tendero", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", output.ToString(), StringComparison.Ordinal);
    }
}
