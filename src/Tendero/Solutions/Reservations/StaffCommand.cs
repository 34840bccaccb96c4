using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Tendero.Solutions.Reservations;

/// <summary>
/// The payload of <see cref="Agents.Topics.StaffCommand"/>: what a member of staff typed, already checked to be staff.
/// <see cref="Command"/> is today, tomorrow, seated or no_show; <see cref="Argument"/> the line number or id for the last two.
/// </summary>
public sealed record StaffCommand
{
    [JsonPropertyName("command")] public required string Command { get; init; }
    [JsonPropertyName("argument")] public string? Argument { get; init; }
    [JsonPropertyName("staff_id")] public required string StaffId { get; init; }
    [JsonPropertyName("language")] public required string Language { get; init; }
    [JsonPropertyName("channel")] public required string Channel { get; init; }
    [JsonPropertyName("address")] public required string Address { get; init; }
    [JsonPropertyName("message_id")] public required long MessageId { get; init; }
}

/// <summary>Reads staff's reservation commands: /hoy, /today, /mañana, /manana, /tomorrow, /sentado N, /seated N, /noshow N.</summary>
public static partial class StaffReservationCommands
{
    public const string Today = "today";
    public const string Tomorrow = "tomorrow";

    [GeneratedRegex(@"^\s*/(hoy|today|mañana|manana|tomorrow)(@\w+)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListCommand();

    [GeneratedRegex(@"^\s*/(sentado|sentada|seated|noshow|no-show|no_show)(@\w+)?\s+#?(\S{1,100})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarkCommand();

    /// <summary>The command and its argument, or null when the text is not one of these commands.</summary>
    public static (string Command, string? Argument)? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }
        if (ListCommand().Match(text) is { Success: true } list)
        {
            return (list.Groups[1].Value.ToLowerInvariant() is "hoy" or "today" ? Today : Tomorrow, null);
        }
        if (MarkCommand().Match(text) is { Success: true } mark)
        {
            var verb = mark.Groups[1].Value.ToLowerInvariant();
            return (verb is "sentado" or "sentada" or "seated" ? ReservationStatus.Seated : ReservationStatus.NoShow, mark.Groups[3].Value);
        }
        return null;
    }
}
