using System.Globalization;
using System.Text.RegularExpressions;
using Tendero.Simulator.Twilio;

namespace Tendero.Simulator.People;

/// <summary>The rules of an address and a <see cref="SimPersonBehaviour"/>, shared by the options, the API and <c>/_sim/people</c>.</summary>
internal static partial class PersonCheck
{
    // An SMS body may be up to 1600 characters (https://www.twilio.com/docs/api/errors/21617); the reply must fit every channel.
    private const int MaxReplyLength = 1600;

    /// <summary>Null when fine, else a sentence naming the field as <paramref name="name"/> spells it.</summary>
    public static string? Error(string address, SimPersonBehaviour behaviour, Func<string, string> name)
    {
        if (!IsAddress(address))
        {
            return $"The address '{address}' must be an E.164 number with its plus (+50761234567) or a Telegram chat id (123456789, -1001234567890).";
        }

        if (!Enum.IsDefined(behaviour.Read))
        {
            return $"{name(nameof(behaviour.Read))} must be after or never.";
        }

        if (!Enum.IsDefined(behaviour.AnswerCall))
        {
            return $"{name(nameof(behaviour.AnswerCall))} must be silent, press_digits or no_answer.";
        }

        if (behaviour.ReplyText is { } text && (text.Length == 0 || text.Length > MaxReplyLength))
        {
            return $"{name(nameof(behaviour.ReplyText))} must be 1 to {MaxReplyLength} characters, or absent for no reply.";
        }

        if (!DigitsPattern().IsMatch(behaviour.Digits ?? ""))
        {
            return $"{name(nameof(behaviour.Digits))} must be 1 to 20 DTMF keys (0-9, * and #); got '{behaviour.Digits}'.";
        }

        (string Field, TimeSpan Value)[] delays =
        [
            (nameof(behaviour.ReadDelay), behaviour.ReadDelay), (nameof(behaviour.ReplyDelay), behaviour.ReplyDelay),
            (nameof(behaviour.ButtonDelay), behaviour.ButtonDelay), (nameof(behaviour.AnswerDelay), behaviour.AnswerDelay),
        ];
        var negative = delays.FirstOrDefault(d => d.Value < TimeSpan.Zero);
        return negative.Field is null ? null : $"{name(negative.Field)} must not be negative; got {negative.Value}.";
    }

    private static bool IsAddress(string address) => TwilioNumbers.IsE164(address)
        || (ChatIdPattern().IsMatch(address) && long.TryParse(address, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _));

    [GeneratedRegex("^[0-9*#]{1,20}$")]
    private static partial Regex DigitsPattern();

    [GeneratedRegex("^-?[1-9][0-9]{0,18}$")]
    private static partial Regex ChatIdPattern();
}
