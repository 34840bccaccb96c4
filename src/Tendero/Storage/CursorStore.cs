using Dapper;

namespace Tendero.Storage;

/// <summary>Small named positions that must survive a restart, such as the Telegram getUpdates offset of a bot.</summary>
public sealed class CursorStore(IDatabase database)
{
    public Task<string?> GetAsync(string name, CancellationToken ct) =>
        database.ReadAsync(c => c.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT value FROM cursors WHERE name = @name", new { name }, cancellationToken: ct)), ct);

    public Task SetAsync(string name, string value, CancellationToken ct) =>
        database.WriteAsync((c, t) => c.ExecuteAsync(new CommandDefinition(
            "INSERT INTO cursors (name, value) VALUES (@name, @value) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            new { name, value }, t, cancellationToken: ct)), ct);
}
