namespace Tendero.Storage;

/// <summary>Opens the database named on the command line: a SQLite file path, or a PostgreSQL connection string.</summary>
public static class DatabaseFactory
{
    public const string DefaultSqlitePath = "./data/tendero.db";

    public static bool IsPostgres(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || db.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens the database and brings its schema up to date.</summary>
    public static async Task<IDatabase> OpenAsync(string db, CancellationToken ct)
    {
        IDatabase database = IsPostgres(db) ? PostgresDatabase.Open(db) : SqliteDatabase.Open(db);
        try
        {
            await Migrator.MigrateAsync(database, ct);
            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }
}
