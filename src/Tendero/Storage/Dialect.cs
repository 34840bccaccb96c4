namespace Tendero.Storage;

/// <summary>The few places where SQLite and PostgreSQL differ. Everything else is the same SQL.</summary>
public enum Dialect
{
    Sqlite,
    Postgres,
}

public static class DialectSql
{
    /// <summary>
    /// "column is (not) one of @list". Dapper expands a list into (@l1, @l2, …) for SQLite but hands it to Npgsql as one
    /// array parameter, where "IN $1" is a syntax error, so PostgreSQL compares with the whole array instead.
    /// Pass the list as an array.
    /// </summary>
    public static string InList(this Dialect dialect, string column, string parameter, bool negate = false) => dialect == Dialect.Postgres
        ? negate ? $"{column} <> ALL(@{parameter})" : $"{column} = ANY(@{parameter})"
        : negate ? $"{column} NOT IN @{parameter}" : $"{column} IN @{parameter}";
}
