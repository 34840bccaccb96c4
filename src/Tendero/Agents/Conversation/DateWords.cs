using System.Globalization;

namespace Tendero.Agents.Conversation;

/// <summary>An ISO date as a person says it: "viernes 27 de noviembre", "Friday, November 27" (the year only when it is not this one).</summary>
internal static class DateWords
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-ES");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static string Say(string isoDate, string language, DateTimeOffset now)
    {
        var date = DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var thisYear = date.Year == now.Year;
        return language == "es"
            ? date.ToString(thisYear ? "dddd d 'de' MMMM" : "dddd d 'de' MMMM 'de' yyyy", Spanish)
            : date.ToString(thisYear ? "dddd, MMMM d" : "dddd, MMMM d, yyyy", English);
    }
}
