using System.Globalization;
using System.Text.Json.Serialization;

namespace Tendero.Solutions.Reservations;

/// <summary>
/// The payload of <see cref="Agents.Topics.ReminderAnswered"/>: a guest's answer to a day-of reminder, from a WhatsApp
/// quick reply, a Telegram button or an SMS "1"/"2". <see cref="MessageId"/> is the inbound message, so an answer is
/// acted on once.
/// </summary>
public sealed record ReminderAnswered
{
    [JsonPropertyName("reservation_id")] public required string ReservationId { get; init; }
    /// <summary>ISO date of the booking.</summary>
    [JsonPropertyName("date")] public required string Date { get; init; }
    /// <summary><see cref="ReminderAnswers.Confirm"/> or <see cref="ReminderAnswers.Cancel"/>.</summary>
    [JsonPropertyName("action")] public required string Action { get; init; }
    [JsonPropertyName("channel")] public required string Channel { get; init; }
    [JsonPropertyName("address")] public required string Address { get; init; }
    [JsonPropertyName("message_id")] public required long MessageId { get; init; }
}

/// <summary>The button payloads of a reminder: <c>reservation:confirm:{date}:{id}</c> and <c>reservation:cancel:{date}:{id}</c>.</summary>
public static class ReminderAnswers
{
    public const string Confirm = "confirm";
    public const string Cancel = "cancel";

    public static string Payload(string action, DateOnly date, string reservationId) =>
        $"{Core.Chains.AckCodes.AnswerPrefix}{action}:{date:yyyy-MM-dd}:{reservationId}";

    /// <summary>Reads a payload; false for anything else (another button, a payload we never sent).</summary>
    public static bool TryParse(string? payload, out string action, out DateOnly date, out string reservationId)
    {
        (action, date, reservationId) = ("", default, "");
        var parts = payload?.Split(':', 4);
        if (parts is not [var prefix, var verb, var day, var id] || prefix + ":" != Core.Chains.AckCodes.AnswerPrefix
            || verb is not (Confirm or Cancel) || id.Length == 0
            || !DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return false;
        }
        (action, reservationId) = (verb, id);
        return true;
    }
}
