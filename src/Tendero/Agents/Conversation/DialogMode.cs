using System.Text.Json.Serialization;

namespace Tendero.Agents.Conversation;

/// <summary>Who answers the customer: the bot, or a person from the team (then the bot stays quiet).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DialogMode>))]
public enum DialogMode
{
    [JsonStringEnumMemberName("bot")] Bot,

    /// <summary>Handed to staff; only <see cref="Dialog.Release"/> brings the bot back.</summary>
    [JsonStringEnumMemberName("handoff")] Handoff,
}
