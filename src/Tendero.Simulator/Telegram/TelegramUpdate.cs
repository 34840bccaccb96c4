using System.Text.Json.Nodes;

namespace Tendero.Simulator.Telegram;

/// <summary>An update made for a bot, and where it must go: the webhook if one was set when it was made, else the getUpdates queue.</summary>
internal sealed record TelegramUpdate(long UpdateId, JsonObject Body, string? WebhookUrl, string? SecretToken);
