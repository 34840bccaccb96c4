using Microsoft.Data.Sqlite;
using Tendero.Core;

namespace Tendero.Bench.Profile;

/// <summary>InboxStore's INSERT and contact upsert (same SQL), prepared once and reused: the floor for the SQL.</summary>
internal sealed class Statements : IDisposable
{
    public const string Insert = """
        INSERT INTO messages (business_id, channel, direction, address, contact_name, kind, text, raw, status,
                              provider_id, provider_at, created_at, updated_at)
        VALUES (@businessId, @channel, 'in', @from, @name, @kind, @text, @raw, 'received', @providerId, @providerAt, @now, @now)
        ON CONFLICT DO NOTHING
        RETURNING id
        """;

    public const string Upsert = """
        INSERT INTO contacts (business_id, channel, address, name, language, last_inbound_at, created_at)
        VALUES (@businessId, @channel, @from, @name, @language, @at, @now)
        ON CONFLICT (business_id, channel, address) DO UPDATE SET
            name = COALESCE(excluded.name, contacts.name),
            language = COALESCE(excluded.language, contacts.language),
            last_inbound_at = CASE WHEN contacts.last_inbound_at IS NULL OR excluded.last_inbound_at > contacts.last_inbound_at
                                   THEN excluded.last_inbound_at ELSE contacts.last_inbound_at END
        """;

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
