using System.Text.Json.Nodes;
using Tendero.Simulator.Infrastructure;

namespace Tendero.Simulator.Telegram;

/// <summary>One chat a bot knows: who is in it, the next message id, the bot's own messages and the chat's send bucket.</summary>
internal sealed class TelegramChat
{
    public TelegramChat(long id, string firstName, string? languageCode, string chatInstance, TimeProvider time)
    {
        Id = id;
        FirstName = firstName;
        LanguageCode = languageCode;
        ChatInstance = chatInstance;

        // Bot FAQ: about 1 message per second in a private chat with short bursts; 20 per minute in a group (REFERENCE §2).
        Bucket = IsGroup ? new TokenBucket(20, 20.0 / 60, time) : new TokenBucket(3, 1, time);
    }

    public long Id { get; }

    /// <summary>Groups have negative ids.</summary>
    public bool IsGroup => Id < 0;

    public string FirstName { get; set; }

    public string? LanguageCode { get; set; }

    public string ChatInstance { get; }

    public TokenBucket Bucket { get; }

    /// <summary>Message ids count up per chat, shared by the customer's and the bot's messages.</summary>
    public int NextMessageId { get; set; } = 1;

    public Dictionary<int, JsonObject> BotMessages { get; } = [];

    public JsonObject ToJson() => IsGroup
        ? new JsonObject { ["id"] = Id, ["title"] = FirstName, ["type"] = "group", ["all_members_are_administrators"] = true }
        : new JsonObject { ["id"] = Id, ["first_name"] = FirstName, ["type"] = "private" };

    public JsonObject CustomerJson()
    {
        var user = new JsonObject { ["id"] = Math.Abs(Id), ["is_bot"] = false, ["first_name"] = FirstName };
        if (LanguageCode is not null)
        {
            user["language_code"] = LanguageCode;
        }

        return user;
    }
}
