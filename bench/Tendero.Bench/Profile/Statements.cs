using Microsoft.Data.Sqlite;
using Tendero.Core;
using Tendero.Storage;

namespace Tendero.Bench.Profile;

/// <summary>InboxStore's INSERT and contact upsert, prepared once and reused by hand: the floor for the SQL.</summary>
internal sealed class Statements : IDisposable
{
    // The store's own statements, so the floor measured here is the SQL that really runs.
    public const string Insert = InboxStore.InsertMessage;

    public const string Upsert = InboxStore.UpsertContact;

    private readonly SqliteCommand insert;
    private readonly SqliteCommand upsert;

    public Statements(SqliteConnection connection, SqliteTransaction transaction)
    {
        insert = Prepare(connection, transaction, Insert, "businessId", "channel", "from", "name", "kind", "text", "raw", "providerId", "providerAt", "now");
        upsert = Prepare(connection, transaction, Upsert, "businessId", "channel", "from", "name", "language", "at", "now");
    }

    /// <summary>Moves the prepared commands to the next batch's transaction (they stay prepared).</summary>
    public void Use(SqliteTransaction transaction) => (insert.Transaction, upsert.Transaction) = (transaction, transaction);

    public void Run(InboundBatch batch)
    {
        foreach (var m in batch.Messages)
        {
            var now = m.SentAt.ToUnixTimeMilliseconds();
            Set(insert, batch.BusinessId, m.Channel.Name(), m.From, m.ContactName, m.Kind, m.Text, m.Raw, m.ProviderId, now, now);
            if (insert.ExecuteScalar() is not null)
            {
                Set(upsert, batch.BusinessId, m.Channel.Name(), m.From, m.ContactName, m.Language, now, now);
                upsert.ExecuteNonQuery();
            }
        }
    }

    public void Dispose()
    {
        insert.Dispose();
        upsert.Dispose();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = new SqliteCommand(sql, connection, transaction);
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter("@" + name, null));
        }
        command.Prepare();
        return command;
    }

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
