using Dapper;

namespace Tendero.Storage;

/// <summary>
/// What the webhooks of a phone call need from the ledger. A call is an outbound voice message whose provider id is
/// Twilio's CallSid.
/// </summary>
public sealed class CallStore(IDatabase database, TimeProvider time)
{
    /// <summary>The language the call spoke (the message's <c>language</c>), or null when the row has none or is unknown.</summary>
    public Task<string?> LanguageAsync(string businessId, string callSid, CancellationToken ct) =>
        database.ReadAsync(c => c.ExecuteScalarAsync<string?>(new CommandDefinition(
            """
            SELECT language FROM messages
             WHERE business_id = @businessId AND channel = 'voice' AND provider_id = @callSid AND direction = 'out'
            """,
            new { businessId, callSid }, cancellationToken: ct)), ct);

    /// <summary>
    /// Prices a finished call by its length: units = minutes, rounded up and at least one, as Twilio bills each started
    /// minute (https://www.twilio.com/en-us/voice/pricing), and amount = unit price × units. The call's cost row is made when
    /// it is sent; without one (no price configured) there is nothing to do and this returns false.
    /// </summary>
    public Task<bool> RecordDurationAsync(string businessId, string callSid, int seconds, CancellationToken ct)
    {
        var units = Minutes(seconds);
        return database.WriteAsync(async (c, t) => await c.ExecuteAsync(new CommandDefinition(
            """
            UPDATE costs SET units = @units, amount_micros = unit_micros * @units, updated_at = @now
             WHERE business_id = @businessId
               AND message_id = (SELECT id FROM messages
                                  WHERE business_id = @businessId AND channel = 'voice' AND provider_id = @callSid AND direction = 'out')
            """,
            new { units, now = time.NowMs(), businessId, callSid }, t, cancellationToken: ct)) > 0, ct);
    }

    /// <summary>Whole minutes for a call of <paramref name="seconds"/>: 0–60 s is 1, 61 s is 2.</summary>
    public static long Minutes(int seconds) => Math.Max(1, ((long)seconds + 59) / 60);
}
