using System.Text.RegularExpressions;

namespace Tendero.Ai.Templates;

/// <summary>
/// The numbers a text states ("12", "3.5", "1,200", the 20 and 00 of "20:00"). A model may reword an alert but never
/// state a number its source did not: a wrong quantity or price in a stock alert is worse than no message.
/// </summary>
public static partial class NumberFacts
{
    public static IEnumerable<string> In(string text) => Number().Matches(text).Select(m => m.Value);

    /// <summary>The numbers of <paramref name="answer"/> that appear in none of <paramref name="sources"/>.</summary>
    public static IReadOnlyList<string> Invented(string answer, IEnumerable<string> sources)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var number in sources.SelectMany(In))
        {
            known.Add(Decimal(number));
            known.Add(DigitsOnly(number));
        }
        // "1,200" may come back as "1200", and "12,50" as "12.50": the same fact in other words.
        return In(answer).Where(n => !known.Contains(Decimal(n)) && !known.Contains(DigitsOnly(n))).Distinct().ToList();
    }

    private static string Decimal(string number) => number.Replace(',', '.');

    private static string DigitsOnly(string number) => new(number.Where(char.IsAsciiDigit).ToArray());

    [GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial Regex Number();
}
