using System.Text.RegularExpressions;

namespace Tendero.Simulator.Twilio;

/// <summary>E.164 check used for <c>To</c>: a plus and 8 to 15 digits, the first not zero.</summary>
internal static partial class TwilioNumbers
{
    public static bool IsE164(string number) => E164().IsMatch(number);

    [GeneratedRegex(@"^\+[1-9]\d{7,14}$")]
    private static partial Regex E164();
}
