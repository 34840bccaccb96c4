using System.Data.Common;
using Dapper;
using Tendero.Storage;

namespace Tendero.Agents.Conversation;

/// <summary>
/// Conversations and their state (JSON; empty until the first turn). A save is fenced by the version that was read: if
/// another writer got there first, the save throws <see cref="AgentConflictException"/> and the agent handles its event again from a fresh read.
/// </summary>
public sealed class ConversationStore(IDatabase database, TimeProvider time)
{
    public Task<ConversationRow?> FindAsync(string businessId, string channel, string address, CancellationToken ct) =>
        database.ReadAsync(c => c.QueryFirstOrDefaultAsync<ConversationRow>(new CommandDefinition(
            $"{Select} WHERE business_id = @businessId AND channel = @channel AND address = @address",
            new { businessId, channel, address }, cancellationToken: ct)), ct);

    public Task<ConversationRow?> GetAsync(string businessId, long id, CancellationToken ct) =>
        database.ReadAsync(c => c.QueryFirstOrDefaultAsync<ConversationRow>(new CommandDefinition(
            $"{Select} WHERE business_id = @businessId AND id = @id", new { businessId, id }, cancellationToken: ct)), ct);

    public Task<IReadOnlyList<ConversationRow>> ListAsync(string businessId, string? mode, int limit, CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<ConversationRow>>(async c => (await c.QueryAsync<ConversationRow>(new CommandDefinition(
            $"{Select} WHERE business_id = @businessId AND (@mode IS NULL OR mode = @mode) ORDER BY updated_at DESC, id DESC LIMIT @limit",
            new { businessId, mode, limit }, cancellationToken: ct))).ToList(), ct);

    /// <summary>The conversation with this contact, created (empty, version 0) if it is the first message.</summary>
    public Task<ConversationRow> EnsureAsync(string businessId, string channel, string address, CancellationToken ct) =>
        database.WriteAsync(async (c, t) =>
        {
            await c.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO conversations (business_id, channel, address, mode, state, version, created_at, updated_at)
                VALUES (@businessId, @channel, @address, 'bot', '', 0, @now, @now)
                ON CONFLICT (business_id, channel, address) DO NOTHING
                """, new { businessId, channel, address, now = time.NowMs() }, t, cancellationToken: ct));
            return await c.QuerySingleAsync<ConversationRow>(new CommandDefinition(
                $"{Select} WHERE business_id = @businessId AND channel = @channel AND address = @address",
                new { businessId, channel, address }, t, cancellationToken: ct));
        }, ct);

    /// <summary>Inside the caller's transaction: saves the state if the conversation's version is still the one read.</summary>
    public static async Task SaveAsync(
        DbConnection c, DbTransaction t, ConversationRow read, string mode, string state, long? lastInboundAt, long now, CancellationToken ct)
    {
        var updated = await c.ExecuteAsync(new CommandDefinition(
            """
            UPDATE conversations SET mode = @mode, state = @state, version = version + 1,
                   last_inbound_at = COALESCE(@lastInboundAt, last_inbound_at), updated_at = @now
             WHERE id = @id AND version = @version
            """, new { mode, state, lastInboundAt, now, id = read.Id, version = read.Version }, t, cancellationToken: ct));
        if (updated != 1)
        {
            throw new AgentConflictException($"Conversation {read.Id} changed meanwhile.");
        }
    }

    private const string Select =
        """
        SELECT id AS Id, business_id AS BusinessId, channel AS Channel, address AS Address, mode AS Mode, state AS State,
               version AS Version, last_inbound_at AS LastInboundAt, created_at AS CreatedAt, updated_at AS UpdatedAt
          FROM conversations
        """;
}

public sealed class ConversationRow
{
    public long Id { get; init; }
    public string BusinessId { get; init; } = "";
    public string Channel { get; init; } = "";
    public string Address { get; init; } = "";
    public string Mode { get; init; } = "bot";
    public string State { get; init; } = "";
    public long Version { get; init; }
    public long? LastInboundAt { get; init; }
    public long CreatedAt { get; init; }
    public long UpdatedAt { get; init; }
}
