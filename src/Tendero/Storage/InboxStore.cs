using System.Data.Common;
using Dapper;
using Tendero.Core;

namespace Tendero.Storage;

/// <summary>What one webhook added: the new inbound messages (duplicates left out) and how many reports were new.</summary>
public sealed record IngestResult(IReadOnlyList<StoredInbound> NewMessages, int Duplicates, int NewStatuses);

/// <summary>An inbound message that was stored for the first time.</summary>
public sealed record StoredInbound(long Id, InboundMessage Message);

/// <summary>
/// Stores what webhooks bring, in one transaction per webhook, before the webhook is answered.
/// Provider ids are the dedupe keys: a message or report seen before is counted and skipped.
/// </summary>
public sealed class InboxStore(IDatabase database, TimeProvider time)
{
    public Task<IngestResult> IngestAsync(InboundBatch batch, CancellationToken ct) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var now = time.NowMs();
            var stored = new List<StoredInbound>();
            var duplicates = 0;
            var statuses = 0;
            foreach (var message in batch.Messages)
            {
                var id = await InsertMessageAsync(connection, transaction, batch.BusinessId, message, now);
                if (id is null)
                {
                    duplicates++;
                    continue;
                }
                stored.Add(new StoredInbound(id.Value, message));
                await UpsertContactAsync(connection, transaction, batch.BusinessId, message, now);
            }
            foreach (var report in batch.Statuses)
            {
                if (await RecordReportAsync(connection, transaction, batch.BusinessId, report, now))
                {
                    statuses++;
                }
                else
                {
                    duplicates++;
                }
            }
            return new IngestResult(stored, duplicates, statuses);
        }, ct);

    // The two statements every inbound webhook runs go through reused commands (prepared once on SQLite's writer),
    // not Dapper: re-preparing them was most of the writer's time per webhook (bench/README.md, "profile").
    internal const string InsertMessage = """
        INSERT INTO messages (business_id, channel, direction, address, contact_name, kind, text, raw, status,
                              provider_id, provider_at, created_at, updated_at)
        VALUES (@businessId, @channel, 'in', @from, @name, @kind, @text, @raw, 'received', @providerId, @providerAt, @now, @now)
        ON CONFLICT DO NOTHING
        RETURNING id
        """;

    internal const string UpsertContact = """
        INSERT INTO contacts (business_id, channel, address, name, language, last_inbound_at, created_at)
        VALUES (@businessId, @channel, @from, @name, @language, @at, @now)
        ON CONFLICT (business_id, channel, address) DO UPDATE SET
            name = COALESCE(excluded.name, contacts.name),
            language = COALESCE(excluded.language, contacts.language),
            last_inbound_at = CASE WHEN contacts.last_inbound_at IS NULL OR excluded.last_inbound_at > contacts.last_inbound_at
                                   THEN excluded.last_inbound_at ELSE contacts.last_inbound_at END
        """;

    private async Task<long?> InsertMessageAsync(DbConnection c, DbTransaction t, string businessId, InboundMessage m, long now)
    {
        var id = await database.Reusable(c, t, InsertMessage)
            .Set("@businessId", businessId).Set("@channel", m.Channel.Name()).Set("@from", m.From).Set("@name", m.ContactName)
            .Set("@kind", m.Kind).Set("@text", m.Text).Set("@raw", m.Raw).Set("@providerId", m.ProviderId)
            .Set("@providerAt", m.SentAt.Ms()).Set("@now", now)
            .ExecuteScalarAsync();
        return id is null or DBNull ? null : Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture);
    }

    private Task UpsertContactAsync(DbConnection c, DbTransaction t, string businessId, InboundMessage m, long now) =>
        database.Reusable(c, t, UpsertContact)
            .Set("@businessId", businessId).Set("@channel", m.Channel.Name()).Set("@from", m.From).Set("@name", m.ContactName)
            .Set("@language", m.Language).Set("@at", m.SentAt.Ms()).Set("@now", now)
            .ExecuteNonQueryAsync();

    /// <summary>Keeps the report (once) and applies it to our message if we can find it yet.</summary>
    private static async Task<bool> RecordReportAsync(DbConnection c, DbTransaction t, string businessId, StatusReport r, long now)
    {
        var channel = r.Channel.Name();
        await StatusApplier.LockProviderIdAsync(c, t, businessId, channel, r.ProviderId);
        var reportId = await c.ExecuteScalarAsync<long?>(new CommandDefinition(
            """
            INSERT INTO status_reports (business_id, channel, provider_id, status, error_code, error_reason, reported_at, received_at)
            VALUES (@businessId, @channel, @providerId, @status, @errorCode, @errorReason, @reportedAt, @now)
            ON CONFLICT DO NOTHING
            RETURNING id
            """,
            new { businessId, channel, providerId = r.ProviderId, status = r.Status.Name(), errorCode = r.ErrorCode, errorReason = r.ErrorReason, reportedAt = r.At.Ms(), now }, t));
        if (reportId is null)
        {
            return false;
        }
        // WhatsApp echoes our ledger id (biz_opaque_callback_data); the others are found by their own id.
        var messageId = r.OurMessageId is { } ourId
            ? await c.ExecuteScalarAsync<long?>(new CommandDefinition(
                "SELECT id FROM messages WHERE id = @ourId AND business_id = @businessId AND channel = @channel AND direction = 'out'",
                new { ourId, businessId, channel }, t))
            : await c.ExecuteScalarAsync<long?>(new CommandDefinition(
                """
                SELECT id FROM messages
                 WHERE business_id = @businessId AND channel = @channel AND provider_id = @providerId AND direction = 'out'
                """,
                new { businessId, channel, providerId = r.ProviderId }, t));
        if (messageId is not null)
        {
            await StatusApplier.ApplyAsync(c, t, messageId.Value, r.Status, r.At.Ms(), r.ErrorCode, r.ErrorReason, now);
        }
        return true;
    }
}
