using System.Text.RegularExpressions;
using Tendero.Ai.Offline;

namespace Tendero.Agents.Conversation;

/// <summary>
/// An explicit request for a person inside another request ("mesa para 12 para una boda, ¿puedo hablar con el
/// gerente?"). The classifier names one intent and picks the booking; a customer who asks for a person gets one.
/// </summary>
internal static partial class PersonAsk
{
    public static bool In(string? text) => text is not null && Asks().IsMatch(TextNormalizer.Normalize(text));

    [GeneratedRegex(@"\b(?:speak|talk|chat) (?:to|with) (?:(?:a|the|your|a real) )?(?:manager|human|person|owner|staff member|someone|somebody)\b|\bhablar con (?:una persona|alguien|el encargado|la encargada|el gerente|la gerente|el dueno|la duena|un humano)\b")]
    private static partial Regex Asks();
}
