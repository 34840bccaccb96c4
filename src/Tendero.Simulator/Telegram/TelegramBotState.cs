using System.Text.Json.Nodes;
using Tendero.Simulator.Infrastructure;

namespace Tendero.Simulator.Telegram;

/// <summary>
/// Everything Telegram keeps for one bot: webhook settings, the update queue, chats and the bot-wide send bucket.
/// Callers lock <see cref="Gate"/> around any read or change.
/// </summary>
internal sealed class TelegramBotState(SimTelegramBot bot, TimeProvider time, SimRandom random)
{
    private readonly List<TelegramUpdate> queue = [];
    private readonly Dictionary<long, TelegramChat> chats = [];
    private TaskCompletionSource arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long nextUpdateId = 1;

    public SimTelegramBot Bot => bot;

    public Lock Gate { get; } = new();

    // About 30 messages per second per bot for bulk sending (REFERENCE §2).
    public TokenBucket Bucket { get; } = new(30, 30, time);

    public string? WebhookUrl { get; set; }

    public string? SecretToken { get; set; }

    public HashSet<string> OpenCallbacks { get; } = new(StringComparer.Ordinal);

    public int PendingCount => queue.Count;

    /// <summary>Completes when an update is queued; take it inside the lock, then await outside.</summary>
    public Task Arrived => arrived.Task;

    public JsonObject BotUser() => new()
    {
        ["id"] = bot.BotId,
        ["is_bot"] = true,
        ["first_name"] = bot.Name,
        ["username"] = bot.Username,
    };

    public TelegramChat? FindChat(long id, IEnumerable<long> knownChats)
    {
        if (!chats.TryGetValue(id, out var chat) && knownChats.Contains(id))
        {
            chat = AddChat(id, id < 0 ? $"Grupo {-id}" : "Cliente", languageCode: null);
        }

        return chat;
    }

    public TelegramChat CustomerChat(long id, string firstName, string? languageCode)
    {
        if (!chats.TryGetValue(id, out var chat))
        {
            return AddChat(id, firstName, languageCode);
        }

        chat.FirstName = firstName;
        chat.LanguageCode = languageCode ?? chat.LanguageCode;
        return chat;
    }

    /// <summary>Gives the update the next id and queues it unless a webhook will take it.</summary>
    public TelegramUpdate NewUpdate(string field, JsonObject content)
    {
        var id = nextUpdateId++;
        var update = new TelegramUpdate(id, new JsonObject { ["update_id"] = id, [field] = content }, WebhookUrl, SecretToken);
        if (WebhookUrl is null)
        {
            Enqueue(update);
        }

        return update;
    }

    public void Enqueue(TelegramUpdate update)
    {
        queue.Add(update);
        arrived.TrySetResult();
        arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>getUpdates semantics: an offset confirms (drops) every update below it; returns up to <paramref name="limit"/> from there.</summary>
    public List<TelegramUpdate> Confirm(long? offset, int limit)
    {
        if (offset is long o and > 0)
        {
            queue.RemoveAll(u => u.UpdateId < o);
        }

        return queue.Take(limit).ToList();
    }

    /// <summary>Empties the queue and returns what was in it, for drop_pending_updates or to hand it to a new webhook.</summary>
    public List<TelegramUpdate> TakeQueue()
    {
        var taken = queue.ToList();
        queue.Clear();
        return taken;
    }

    private TelegramChat AddChat(long id, string firstName, string? languageCode)
    {
        var chat = new TelegramChat(id, firstName, languageCode, random.Digits(18), time);
        chats[id] = chat;
        return chat;
    }
}
