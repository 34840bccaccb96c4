using System.Data.Common;
using System.Text.RegularExpressions;
using Dapper;
using Tendero.Config;
using Tendero.Core;
using Tendero.Storage;

namespace Tendero.Agents;

/// <summary>
/// What staff can type on their own channel: <c>/bot 12</c> (or <c>/devolver 12</c>, <c>/release 12</c>) hands
/// conversation 12 back to the bot after a handoff. Only a staff member of the business file is obeyed.
/// </summary>
internal static partial class StaffCommands
{
    [GeneratedRegex(@"^\s*/?(bot|devolver|release)\s+#?(\d{1,18})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReleaseCommand();

    /// <summary>True when the text was a release command from staff (handled here, inside the inbox's transaction).</summary>
    public static async Task<bool> ReleaseAsync(
        DbConnection c, DbTransaction t, BusinessConfig business, long messageId, string channel, string address, string? text, long now, CancellationToken ct)
    {
        if (text is null || ReleaseCommand().Match(text) is not { Success: true } match || !ChannelNames.TryParse(channel, out var kind))
        {
            return false;
        }
        // The column is one of four fixed names, never text from outside.
        var isStaff = await c.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM people WHERE business_id = @businessId AND source = 'config' AND {kind.Name()} = @address",
            new { businessId = business.Id, address }, t, cancellationToken: ct)) > 0;
        if (!isStaff)
        {
            return false;
        }
        var id = long.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        var conversation = await c.QueryFirstOrDefaultAsync<ConversationKey>(new CommandDefinition(
            "SELECT channel AS Channel, address AS Address FROM conversations WHERE id = @id AND business_id = @businessId",
            new { id, businessId = business.Id }, t, cancellationToken: ct));
        var english = business.Staff.FirstOrDefault(p => p.AddressOn(kind) == address)?.Language == "en";
        string answer;
        if (conversation is null)
        {
            answer = english ? $"There is no conversation {id}." : $"No existe la conversación {id}.";
        }
        else
        {
            var payload = new HandoffPayload { ConversationId = id, Channel = conversation.Channel, Address = conversation.Address, Reason = "staff" };
            await EventLog.PublishAsync(c, t, new NewEvent(business.Id, Topics.HandoffReleased,
                Payloads.OrderKey(business.Id, conversation.Channel, conversation.Address), Payloads.Write(payload), $"released:{messageId}"), now, ct);
            answer = english ? $"✅ Conversation {id} is back with the assistant." : $"✅ La conversación {id} vuelve al asistente.";
        }
        await c.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO messages (business_id, channel, direction, address, kind, text, status, reply_to, lane, run_at, created_at, updated_at, priority)
            VALUES (@businessId, @channel, 'out', @address, 'staff_reply', @answer, 'queued', @messageId, @lane, @now, @now, @now, 0)
            ON CONFLICT DO NOTHING
            """,
            new { businessId = business.Id, channel, address, answer, messageId, lane = Outbox.LaneOf(business.Id, kind), now }, t, cancellationToken: ct));
        return true;
    }

    private sealed class ConversationKey
    {
        public string Channel { get; init; } = "";
        public string Address { get; init; } = "";
    }
}
