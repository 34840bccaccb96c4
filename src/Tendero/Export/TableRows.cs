using System.Data.Common;
using System.Text;
using Tendero.Storage;

namespace Tendero.Export;

/// <summary>
/// Reads a table's rows for an export, in primary-key order, as plain values: <see cref="long"/>, <see cref="double"/>,
/// <see cref="bool"/>, <see cref="string"/>, <see cref="byte"/>[] or null, whatever the database handed back.
/// </summary>
public static class TableRows
{
    /// <summary>Streams the rows to <paramref name="onRow"/> (the array is reused: copy it to keep it) and returns how many there were.</summary>
    public static Task<long> ReadAsync(IDatabase database, TableInfo table, RowFilter filter, Action<object?[]> onRow, CancellationToken ct) =>
        database.ReadAsync(async connection =>
        {
            var columns = filter.ColumnsOf(table);
            await using var command = connection.CreateCommand();
            command.CommandText = Select(table, columns, filter, command);
            await using var reader = await command.ExecuteReaderAsync(ct);
            var row = new object?[columns.Count];
            var redact = columns.Select(filter.Redacts).ToArray();
            long count = 0;
            while (await reader.ReadAsync(ct))
            {
                for (var i = 0; i < columns.Count; i++)
                {
                    row[i] = redact[i] ? (columns[i].Kind == ColumnKind.Text ? RowFilter.RedactedValue : null)
                        : Normalise(reader.IsDBNull(i) ? null : reader.GetValue(i), columns[i].Kind);
                }
                onRow(row);
                count++;
            }
            return count;
        }, ct);

    public static async Task<List<object?[]>> ReadAllAsync(IDatabase database, TableInfo table, RowFilter filter, CancellationToken ct)
    {
        var rows = new List<object?[]>();
        await ReadAsync(database, table, filter, r => rows.Add((object?[])r.Clone()), ct);
        return rows;
    }

    private static string Select(TableInfo table, IReadOnlyList<ColumnInfo> columns, RowFilter filter, DbCommand command)
    {
        var sql = new StringBuilder("SELECT ")
            .AppendJoin(", ", columns.Select(c => TableCatalog.Quote(c.Name)))
            .Append(" FROM ").Append(table.FromSql is { } view ? $"({view}) v" : TableCatalog.Quote(table.Name));
        var where = new List<string>();
        if (filter.BusinessId is { } business)
        {
            Add(command, "b", business);
            if (table.Scope.HasBusinessId)
            {
                where.Add("business_id = @b");
            }
            else if (table.Scope.ParentTable is { } parent)
            {
                where.Add($"{TableCatalog.Quote(table.Scope.ParentColumn!)} IN (SELECT id FROM {TableCatalog.Quote(parent)} WHERE business_id = @b)");
            }
            else if (table.Scope.LinkTable is { } link)
            {
                where.Add($"id IN (SELECT {TableCatalog.Quote(table.Scope.LinkColumn!)} FROM {TableCatalog.Quote(link)} WHERE business_id = @b)");
            }
        }
        if (table.TimeColumn is { } time)
        {
            if (filter.SinceMs is { } since)
            {
                Add(command, "since", since);
                where.Add($"{TableCatalog.Quote(time)} >= @since");
            }
            if (filter.UntilMs is { } until)
            {
                Add(command, "until", until);
                where.Add($"{TableCatalog.Quote(time)} < @until");
            }
        }
        if (where.Count > 0)
        {
            sql.Append(" WHERE ").AppendJoin(" AND ", where);
        }
        var order = table.PrimaryKey.Count > 0 ? table.PrimaryKey : columns.Take(1).Select(c => c.Name).ToList();
        if (order.Count > 0)
        {
            sql.Append(" ORDER BY ").AppendJoin(", ", order.Select(TableCatalog.Quote));
        }
        return sql.ToString();
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>A database value as the plain type of its column's kind (SQLite may hand back another type than declared).</summary>
    public static object? Normalise(object? value, ColumnKind kind) => value switch
    {
        null or DBNull => null,
        _ when kind == ColumnKind.Whole && value is long or int or short or byte or decimal => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture),
        _ when kind == ColumnKind.Real && value is double or float or decimal or long or int => Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture),
        _ when kind == ColumnKind.Flag && value is bool b => b,
        _ when kind == ColumnKind.Flag && value is long or int => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) != 0,
        byte[] bytes => bytes,
        string text => text,
        long or int or double or bool => value,
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };
}
