using System.Text;
using System.Xml;
using System.Xml.Linq;
using HttpMethod = Twilio.Http.HttpMethod;
using Twilio.TwiML;
using Twilio.TwiML.Voice;

namespace Tendero.Channels.Twilio;

/// <summary>
/// What a confirmation call says, as TwiML built with the SDK's <see cref="VoiceResponse"/> so that the message text is
/// escaped as XML and cannot add verbs of its own. The call speaks the text and listens for one key
/// (https://www.twilio.com/docs/voice/twiml/gather); the keypress is posted to the Gather's action URL.
/// </summary>
public static class TwilioVoiceTwiml
{
    /// <summary>Twilio takes at most 4,000 characters of inline TwiML on a call (the <c>Twiml</c> parameter of Calls.json).</summary>
    public const int MaxInlineLength = 4000;

    /// <summary>The call: the text and the prompt inside a one-digit Gather, then a goodbye for when no key was pressed
    /// (Twilio goes on to the next verb when the Gather times out without input).</summary>
    public static string ForCall(string text, string language, Uri gatherAction)
    {
        var english = IsEnglish(language);
        var say = english ? Say.LanguageEnum.EnUs : Say.LanguageEnum.EsMx;
        var gather = new Gather(numDigits: 1, action: gatherAction, method: HttpMethod.Post);
        gather.Say(Speakable(text), language: say);
        gather.Say(english ? "To confirm, press 1." : "Para confirmar, presione 1.", language: say);
        var response = new VoiceResponse().Append(gather);
        response.Say(english ? "We did not receive an answer. Goodbye." : "No recibimos respuesta. Adiós.", language: say);
        return Render(response);
    }

    /// <summary>The answer to a keypress: thanks for a "1", a short goodbye for anything else. The call ends after it.</summary>
    public static string ForKeypress(string? digits, string language)
    {
        var english = IsEnglish(language);
        var text = digits == "1"
            ? english ? "Thank you, confirmed." : "Gracias, confirmado."
            : english ? "Goodbye." : "Adiós.";
        return Render(new VoiceResponse().Say(text, language: english ? Say.LanguageEnum.EnUs : Say.LanguageEnum.EsMx));
    }

    // Anything but English speaks Spanish, the business default of the places Tendero is made for.
    private static bool IsEnglish(string language) => language.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    // Unformatted: inline TwiML counts against Twilio's 4,000 characters.
    private static string Render(VoiceResponse response) => response.ToString(SaveOptions.DisableFormatting);

    /// <summary>
    /// The text without characters XML cannot hold (control characters, lone surrogates). The SDK escapes <c>&lt;</c>
    /// and <c>&amp;</c>, but the XML writer throws on these, and a message is not a bug: it must still be spoken.
    /// </summary>
    internal static string Speakable(string text)
    {
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                kept.Append(text, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
        }
        return kept.ToString();
    }
}
