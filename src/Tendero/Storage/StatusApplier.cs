using System.Data.Common;
using Dapper;
using Tendero.Core;

namespace Tendero.Storage;

/// <summary>
/// Moves an outbound message forward when a provider reports on it. Reports arrive late, twice, out of order, and
/// sometimes before we have even recorded the provider's id: each is kept in <c>status_reports</c> and applied
/// only if it moves the message forward (<see cref="MessageStatuses.CanAdvance"/>).
/// </summary>
internal static class StatusApplier
{
    public static async Task<bool> ApplyAsync(
        DbConnection connection, DbTransaction transaction, long messageId, MessageStatus reported,
        long reportedAt, string? errorCode, string? errorReason, long now)
    {
        var current = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT status FROM messages WHERE id = @messageId AND direction = 'out'", new { messageId }, transaction));
        if (current is null || !MessageStatuses.CanAdvance(MessageStatuses.Parse(current), reported))
        {
            return false;
        }
        var column = reported switch
        {
            MessageStatus.Sent => "sent_at",
            MessageStatus.Delivered => "delivered_at",
            MessageStatus.Read => "read_at",
            _ => "failed_at",
        };
        // A read implies delivered: WhatsApp sends only "read" when both happen together.
        var deliveredToo = reported == MessageStatus.Read ? ", delivered_at = COALESCE(delivered_at, @reportedAt)" : "";
        var error = reported == MessageStatus.Failed ? ", error_code = @errorCode, error_reason = @errorReason" : "";
        await connection.ExecuteAsync(new CommandDefinition(
            $"""
            UPDATE messages SET status = @status, {column} = COALESCE({column}, @reportedAt),
                   sent_at = COALESCE(sent_at, @reportedAt){deliveredToo}{error}, updated_at = @now
             WHERE id = @messageId
            """,
            new { status = reported.Name(), reportedAt, errorCode, errorReason, now, messageId }, transaction));
        return true;
    }

    /// <summary>
    /// Serialises a provider's report with the recording of the send it reports on. Without it, on PostgreSQL (read
    /// committed) a report could miss the message (not recorded yet) while the send's transaction missed the report (not
    /// committed yet), and the status would never move. SQLite runs one writer at a time, so it needs nothing.
    /// </summary>
    public static Task LockProviderIdAsync(DbConnection connection, DbTransaction transaction, string businessId, string channel, string providerId) =>
        connection is Npgsql.NpgsqlConnection
            ? connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(hashtextextended(@key, 0))",
                new { key = $"{businessId}/{channel}/{providerId}" }, transaction))
            : Task.CompletedTask;

    /// <summary>Applies reports that arrived before the send was recorded (a fast provider can beat our own commit).</summary>
    public static async Task ApplyEarlyReportsAsync(
        DbConnection connection, DbTransaction transaction, long messageId, string businessId, string channel, string providerId, long now)
    {
        var reports = await connection.QueryAsync<(string Status, long ReportedAt, string? ErrorCode, string? ErrorReason)>(new CommandDefinition(
            """
            SELECT status, reported_at, error_code, error_reason FROM status_reports
             WHERE business_id = @businessId AND channel = @channel AND provider_id = @providerId
             ORDER BY reported_at, id
            """,
            new { businessId, channel, providerId }, transaction));
        foreach (var r in reports)
        {
            await ApplyAsync(connection, transaction, messageId, MessageStatuses.Parse(r.Status), r.ReportedAt, r.ErrorCode, r.ErrorReason, now);
        }
    }
}
