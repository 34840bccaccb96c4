namespace Tendero.Storage;

/// <summary>The few places where SQLite and PostgreSQL differ. Everything else is the same SQL.</summary>
public enum Dialect
{
    Sqlite,
    Postgres,
}
