using System.Xml.Linq;
using Tendero.Channels.Twilio;

namespace Tendero.Tests.Channels.Twilio;

/// <summary>The TwiML a call speaks, read back as XML the way Twilio reads it.</summary>
public sealed class TwilioVoiceTwimlTests
{
    private static readonly Uri Action = new("https://hooks.example.test/webhooks/twilio/la-fonda/voice");

    private static XElement Call(string text, string language = "es") =>
        XDocument.Parse(TwilioVoiceTwiml.ForCall(text, language, Action)).Root!;

    [Fact]
    public void ForCall_Spanish_GathersOneDigitPostedToTheActionUrl()
    {
        var response = Call("Su pedido sale mañana a las 8.");

        var gather = Assert.Single(response.Elements("Gather"));
        Assert.Equal("1", (string?)gather.Attribute("numDigits"));
        Assert.Equal(Action.AbsoluteUri, (string?)gather.Attribute("action"));
        Assert.Equal("POST", (string?)gather.Attribute("method"));
        Assert.Equal(["Su pedido sale mañana a las 8.", "Para confirmar, presione 1."], gather.Elements("Say").Select(s => s.Value));
        Assert.All(response.Descendants("Say"), say => Assert.Equal("es-MX", (string?)say.Attribute("language")));
    }

    [Fact]
    public void ForCall_AfterTheGather_SaysGoodbye()
    {
        var last = Call("Hola").Elements().Last();

        Assert.Equal(("Say", "No recibimos respuesta. Adiós."), (last.Name.LocalName, last.Value));
    }

    [Fact]
    public void ForCall_English_SpeaksEnUsWithTheEnglishPrompt()
    {
        var response = Call("Your order leaves tomorrow.", "en");

        Assert.All(response.Descendants("Say"), say => Assert.Equal("en-US", (string?)say.Attribute("language")));
        Assert.Equal("To confirm, press 1.", response.Element("Gather")!.Elements("Say").Last().Value);
        Assert.Equal("We did not receive an answer. Goodbye.", response.Elements("Say").Single().Value);
    }

    [Fact]
    public void ForCall_HostileText_IsEscapedAndAddsNoVerbs()
    {
        const string hostile = """</Say></Gather><Dial>+19005550000</Dial><Say>& "x" ]]> <!--""";

        var xml = TwilioVoiceTwiml.ForCall(hostile, "es", Action);
        var response = XDocument.Parse(xml).Root!;

        Assert.Equal(hostile, response.Element("Gather")!.Elements("Say").First().Value);
        Assert.Empty(response.Descendants("Dial"));
        Assert.Equal(["Gather", "Say"], response.Elements().Select(e => e.Name.LocalName));
        Assert.Contains("&lt;/Say&gt;", xml, StringComparison.Ordinal);
        Assert.Contains("&amp; ", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void ForCall_ControlCharactersAndLoneSurrogates_AreDroppedNotThrown()
    {
        var response = Call("Hola\u0001 Ana\uD800 👍");

        Assert.Equal("Hola Ana 👍", response.Element("Gather")!.Elements("Say").First().Value);
    }

    [Fact]
    public void ForCall_PlainText_FitsTwilioInlineLimit() =>
        Assert.True(TwilioVoiceTwiml.ForCall(new string('a', 3500), "es", Action).Length <= TwilioVoiceTwiml.MaxInlineLength);

    [Theory]
    [InlineData("1", "es", "Gracias, confirmado.", "es-MX")]
    [InlineData("1", "en", "Thank you, confirmed.", "en-US")]
    [InlineData("2", "es", "Adiós.", "es-MX")]
    [InlineData("9", "en", "Goodbye.", "en-US")]
    [InlineData(null, "es", "Adiós.", "es-MX")]
    public void ForKeypress_Digit_ThanksForAOneAndOtherwiseSaysGoodbye(string? digits, string language, string spoken, string voice)
    {
        var say = Assert.Single(XDocument.Parse(TwilioVoiceTwiml.ForKeypress(digits, language)).Root!.Elements());

        Assert.Equal(("Say", spoken, voice), (say.Name.LocalName, say.Value, (string?)say.Attribute("language")));
    }
}
