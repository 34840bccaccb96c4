using System.Data.Common;
using Dapper;
using Tendero.Storage;

namespace Tendero.Connectors.EscPos;

/// <summary>
/// The print ledger: one queue per printer. A job is queued (once per dedupe key), claimed under a lease only when it
/// is the oldest open job of its printer (tickets print in order), and completed with a fenced update, so a job a
/// slow node lost to another is never completed twice. An off-line printer's job is put back with a later
/// <c>run_at</c> and the moment it first failed, which is what the outage alert measures.
/// </summary>
public sealed class PrintQueue(IDatabase database, TimeProvider time)
{
    /// <summary>Queues a job and returns its id and whether it is new (false: the dedupe key was seen, nothing was queued).</summary>
    public Task<(long Id, bool Created)> EnqueueAsync(NewPrintJob job, CancellationToken ct) =>
        database.WriteAsync((c, t) => InsertAsync(c, t, job, time.NowMs(), ct), ct);

    /// <summary>The insert, for a caller that queues inside its own transaction (an agent's completion).</summary>
    public static async Task<(long Id, bool Created)> InsertAsync(DbConnection c, DbTransaction t, NewPrintJob job, long now, CancellationToken ct)
    {
        var id = await c.ExecuteScalarAsync<long?>(new CommandDefinition(
            """
            INSERT INTO print_jobs (business_id, printer, ticket, dedupe_key, state, run_at, created_at, updated_at)
            VALUES (@businessId, @printer, @ticket, @dedupeKey, 'queued', @now, @now, @now)
            ON CONFLICT (business_id, dedupe_key) DO NOTHING
            RETURNING id
            """,
            new { businessId = job.BusinessId, printer = job.Printer, ticket = job.TicketJson, dedupeKey = job.DedupeKey, now }, t, cancellationToken: ct));
        return id is { } created ? (created, true) : (await c.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT id FROM print_jobs WHERE business_id = @businessId AND dedupe_key = @dedupeKey",
            new { businessId = job.BusinessId, dedupeKey = job.DedupeKey }, t, cancellationToken: ct)), false);
    }

    /// <summary>
    /// Claims the printer's oldest open job if it is due (a job whose lease ran out counts as open: it is rescued here).
    /// Null when the head is not due yet, or held by someone else: later jobs never overtake it.
    /// </summary>
    public Task<PrintJob?> ClaimNextAsync(string businessId, string printer, string owner, TimeSpan lease, CancellationToken ct) =>
        database.WriteAsync(async (c, t) =>
        {
            var now = time.NowMs();
            var row = await c.QuerySingleOrDefaultAsync<JobRow>(new CommandDefinition(
                """
                UPDATE print_jobs SET state = 'printing', attempts = attempts + 1, lease_token = lease_token + 1,
                       lease_owner = @owner, lease_until = @until, updated_at = @now
                 WHERE id = (SELECT id FROM print_jobs WHERE business_id = @businessId AND printer = @printer
                                AND state IN ('queued', 'printing') ORDER BY id LIMIT 1)
                   AND run_at <= @now AND (state = 'queued' OR lease_until < @now)
                RETURNING id AS Id, business_id AS BusinessId, printer AS Printer, ticket AS TicketJson, attempts AS Attempts,
                          lease_token AS LeaseToken, first_failed_at AS FirstFailedAt, alerted_at AS AlertedAt, created_at AS CreatedAt
                """,
                new { businessId, printer, owner, until = now + (long)lease.TotalMilliseconds, now }, t, cancellationToken: ct));
            return row is null ? null : new PrintJob(row.Id, row.BusinessId, row.Printer, row.TicketJson, row.Attempts, row.LeaseToken,
                row.FirstFailedAt is { } failed ? Clock.At(failed) : null, row.AlertedAt is { } alerted ? Clock.At(alerted) : null, Clock.At(row.CreatedAt));
        }, ct);

    /// <summary>The printer took the ticket. False when the lease was lost.</summary>
    public Task<bool> MarkPrintedAsync(PrintJob job, string owner, CancellationToken ct) =>
        CompleteAsync(job, owner, "state = 'printed', printed_at = @now, last_error = NULL", null, ct);

    /// <summary>The printer was off-line, out of paper or unreachable: try again at <paramref name="runAt"/>, keeping when the outage began.</summary>
    public Task<bool> ScheduleRetryAsync(PrintJob job, string owner, DateTimeOffset runAt, string error, CancellationToken ct) =>
        CompleteAsync(job, owner, "state = 'queued', run_at = @runAt, last_error = @error, first_failed_at = COALESCE(first_failed_at, @now)",
            new { runAt = runAt.Ms(), error = Truncate(error) }, ct);

    /// <summary>The job can never print (its ticket no longer reads); it stays visible with the reason.</summary>
    public Task<bool> MarkFailedAsync(PrintJob job, string owner, string error, CancellationToken ct) =>
        CompleteAsync(job, owner, "state = 'failed', last_error = @error", new { error = Truncate(error) }, ct);

    /// <summary>When the printer's head job is next due (or its lease runs out), for the sleep bound; null when its queue is empty.</summary>
    public Task<DateTimeOffset?> NextDueAsync(string businessId, string printer, CancellationToken ct) =>
        database.ReadAsync(async c =>
        {
            var ms = await c.ExecuteScalarAsync<long?>(new CommandDefinition(
                """
                SELECT CASE WHEN state = 'printing' THEN lease_until ELSE run_at END FROM print_jobs
                 WHERE business_id = @businessId AND printer = @printer AND state IN ('queued', 'printing') ORDER BY id LIMIT 1
                """, new { businessId, printer }, cancellationToken: ct));
            return ms is { } next ? Clock.At(next) : (DateTimeOffset?)null;
        }, ct);

    /// <summary>Records that staff were told about this job's outage (not fenced: it is a fact, whoever holds the job).</summary>
    public Task MarkAlertedAsync(long jobId, CancellationToken ct) =>
        database.WriteAsync((c, t) => c.ExecuteAsync(new CommandDefinition(
            "UPDATE print_jobs SET alerted_at = COALESCE(alerted_at, @now) WHERE id = @jobId", new { now = time.NowMs(), jobId }, t, cancellationToken: ct)), ct);

    /// <summary>How many tickets wait for a printer (queued or being printed).</summary>
    public Task<long> CountOpenAsync(string businessId, string printer, CancellationToken ct) =>
        database.ReadAsync(c => c.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM print_jobs WHERE business_id = @businessId AND printer = @printer AND state IN ('queued', 'printing')",
            new { businessId, printer }, cancellationToken: ct)), ct);

    private Task<bool> CompleteAsync(PrintJob job, string owner, string set, object? values, CancellationToken ct) =>
        database.WriteAsync(async (c, t) =>
        {
            var parameters = new DynamicParameters(values);
            parameters.AddDynamicParams(new { now = time.NowMs(), id = job.Id, owner, token = job.LeaseToken });
            return await c.ExecuteAsync(new CommandDefinition(
                $"""
                UPDATE print_jobs SET {set}, lease_owner = NULL, lease_until = NULL, updated_at = @now
                 WHERE id = @id AND lease_owner = @owner AND lease_token = @token AND state = 'printing'
                """, parameters, t, cancellationToken: ct)) == 1;
        }, ct);

    private static string Truncate(string text) => text.Length <= 500 ? text : text[..500];

    private sealed class JobRow
    {
        public long Id { get; init; }
        public string BusinessId { get; init; } = "";
        public string Printer { get; init; } = "";
        public string TicketJson { get; init; } = "";
        public long Attempts { get; init; }
        public long LeaseToken { get; init; }
        public long? FirstFailedAt { get; init; }
        public long? AlertedAt { get; init; }
        public long CreatedAt { get; init; }
    }
}
