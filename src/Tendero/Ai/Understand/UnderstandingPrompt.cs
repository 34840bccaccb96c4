using System.Globalization;
using Microsoft.Extensions.AI;
using Tendero.Config;

namespace Tendero.Ai.Understand;

/// <summary>
/// The instructions the fast and smart tiers get to understand a customer's text. The message time is given in the
/// business's time zone, on a line of its own ("Message time: 2026-11-26T10:00:00-05:00"), so relative dates resolve
/// the same way for every tier.
/// </summary>
public static class UnderstandingPrompt
{
    public const string TimeLinePrefix = "Message time: ";

    public static IList<ChatMessage> For(BusinessConfig business, string text, DateTimeOffset at)
    {
        var system = $"""
            You read messages that customers send to {business.Name}, a restaurant, on WhatsApp, Telegram or SMS.
            Answer only with a JSON object: intent, confidence (0 to 1, how sure you are), language ("es" or "en", the customer's), and slots.
            Intents: {string.Join(", ", Intents.All)}.
            Slots (null or empty when the message does not say them):
            - date: ISO yyyy-MM-dd, resolving words such as "mañana", "el viernes" or "tomorrow" from the message time below.
            - time: HH:mm, 24-hour; "a las 8" or "8" for dinner means 20:00 unless the customer says morning.
            - party_size: the number of people, from digits or words.
            - name: the name the booking is under, only if the customer gives one.
            - dietary: dietary needs and allergies in lower case, such as "sin gluten", "vegano", "alergia al maní".
            Never invent a slot the message does not contain.
            {TimeLinePrefix}{at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)} ({at.ToString("dddd", CultureInfo.InvariantCulture)}, time zone {business.TimeZone.Id})
            """;
        return [new ChatMessage(ChatRole.System, system), new ChatMessage(ChatRole.User, text)];
    }

    /// <summary>Reads the message time back from a system prompt (the simulator's model brain uses it).</summary>
    public static DateTimeOffset? TimeIn(string system)
    {
        var line = system.Split('\n').FirstOrDefault(l => l.StartsWith(TimeLinePrefix, StringComparison.Ordinal));
        return line is not null && DateTimeOffset.TryParse(line[TimeLinePrefix.Length..].Split(' ')[0], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? at : null;
    }
}
