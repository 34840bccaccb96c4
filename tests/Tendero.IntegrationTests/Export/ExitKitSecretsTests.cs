using Tendero.Export;
using Tendero.IntegrationTests.Support;

namespace Tendero.IntegrationTests.Export;

/// <summary>The exit kit keeps secrets out unless asked: no private key, no inline secret, no variable's value.</summary>
public sealed class ExitKitSecretsTests
{
    private const string InlineSecret = "sk-inline-123456";
    private const string TokenValue = "777777:SECRET-bot-token";

    private static KitWorld World()
    {
        var world = new KitWorld();
        Directory.CreateDirectory(Path.Combine(world.Businesses, "demo"));
        File.Copy(Path.Combine(RepoPaths.Root, "businesses", "demo", "sheets-demo-service-account.json"), Path.Combine(world.Businesses, "demo", "sa.json"));
        // La Fonda's sheet becomes a Google Sheet with a service account key, and a secret sits inline by mistake.
        var file = Path.Combine(world.Businesses, "la-fonda.yaml");
        var yaml = File.ReadAllText(file);
        const string Workbook = "sheets:\n  workbook: demo/la-fonda-reservas.xlsx\n";
        Assert.Contains(Workbook, yaml, StringComparison.Ordinal);
        File.WriteAllText(file, yaml.Replace(Workbook, "sheets:\n  spreadsheet_id: \"1AbC\"\n  credentials_file: demo/sa.json\n", StringComparison.Ordinal) + $"""

            webhook_secret: {InlineSecret}
            """);
        return world;
    }

    private static Task<KitResult> KitAsync(KitWorld world, Tendero.Storage.IDatabase database, bool secrets) =>
        ExitKit.WriteAsync(database, BusinessFiles.Find(world.Businesses, "la-fonda"), world.Path_(secrets ? "with" : "without"), secrets,
            name => name == "TELEGRAM_BOT_TOKEN" ? TokenValue : null, TimeProvider.System, null, default);

    [Fact]
    public async Task ExitKit_WithoutIncludeSecrets_NoSecretAnywhere()
    {
        using var world = World();
        await using var db = TestDatabase.Sqlite();
        await using var database = await db.OpenAsync();
        var kit = await KitAsync(world, database, secrets: false);

        foreach (var file in Directory.EnumerateFiles(kit.Folder, "*", SearchOption.AllDirectories))
        {
            var text = await File.ReadAllTextAsync(file);
            Assert.DoesNotContain("PRIVATE KEY", text, StringComparison.Ordinal);
            Assert.DoesNotContain(InlineSecret, text, StringComparison.Ordinal);
            Assert.DoesNotContain(TokenValue, text, StringComparison.Ordinal);
        }
        var yaml = await File.ReadAllTextAsync(Path.Combine(kit.Folder, "business", "la-fonda.yaml"));
        Assert.Contains("bot_token_env: TELEGRAM_BOT_TOKEN", yaml, StringComparison.Ordinal); // the names stay
        Assert.Contains("credentials_file: demo/sa.json", yaml, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(kit.Folder, "business", "demo", "sa.json")));
        Assert.False(File.Exists(Path.Combine(kit.Folder, "secrets.env")));
        Assert.Equal(["business/la-fonda.yaml", "business/demo/sa.json"], kit.Redacted);
        var readme = await File.ReadAllTextAsync(Path.Combine(kit.Folder, "README.md"));
        Assert.Contains("## Español", readme, StringComparison.Ordinal);
        Assert.Contains("## English", readme, StringComparison.Ordinal);
        Assert.Contains("`TELEGRAM_BOT_TOKEN`", readme, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExitKit_IncludeSecrets_KeyFileAndVariableValuesIn()
    {
        using var world = World();
        await using var db = TestDatabase.Sqlite();
        await using var database = await db.OpenAsync();
        var kit = await KitAsync(world, database, secrets: true);

        Assert.Contains("PRIVATE KEY", await File.ReadAllTextAsync(Path.Combine(kit.Folder, "business", "demo", "sa.json")), StringComparison.Ordinal);
        Assert.Contains(InlineSecret, await File.ReadAllTextAsync(Path.Combine(kit.Folder, "business", "la-fonda.yaml")), StringComparison.Ordinal);
        Assert.Equal([$"TELEGRAM_BOT_TOKEN={TokenValue}"], await File.ReadAllLinesAsync(Path.Combine(kit.Folder, "secrets.env")));
        Assert.True(kit.Manifest.IncludeSecrets);
        Assert.Contains(kit.Manifest.Files, f => f.Path == "secrets.env");
    }
}
