using Tendero.Simulator.Twilio;

namespace Tendero.Tests.Simulator;

public sealed class CallTwimlTests
{
    private const string Action = "https://tendero.example/webhooks/twilio/la-fonda/voice";

    [Theory]
    [InlineData("""<Response><Gather numDigits="1" action="https://tendero.example/webhooks/twilio/la-fonda/voice"><Say>Hola</Say></Gather></Response>""", "123", "1")]
    [InlineData("""<Response><Gather action="https://tendero.example/webhooks/twilio/la-fonda/voice"/></Response>""", "12#9", "12")]
    [InlineData("""<Response><Gather finishOnKey="" input="dtmf speech" action="https://tendero.example/webhooks/twilio/la-fonda/voice"/></Response>""", "12#9", "12#9")]
    public void Route_GatherAttributes_KeysAsTwilioWouldPostThem(string twiml, string pressed, string posted)
    {
        var (url, digits, note) = CallTwiml.Parse(twiml).Route(pressed);

        Assert.Equal((Action, posted, null), (url, digits, note));
    }

    [Theory]
    [InlineData("""<Response><Say>Hola</Say></Response>""", "no <Gather>")]
    [InlineData("""<Response><Gather input="speech" action="https://tendero.example/v"/></Response>""", "dtmf")]
    [InlineData("""<Response><Gather method="GET" action="https://tendero.example/v"/></Response>""", "GET")]
    [InlineData("""<Response><Gather/></Response>""", "absolute")]
    [InlineData("""<Response><Gather action="ftp://tendero.example/v"/></Response>""", "absolute")]
    public void Route_GatherThatCannotTakeTheKeys_ExplainsWhyAndPostsNothing(string twiml, string because)
    {
        var (url, _, note) = CallTwiml.Parse(twiml).Route("1");

        Assert.Null(url);
        Assert.Contains(because, note, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DocumentOverTheSizeCap_FailsInsteadOfGrowing()
    {
        var twiml = "<Response><Say>" + new string('a', 100_000) + "</Say></Response>";

        Assert.StartsWith("12100", CallTwiml.Parse(twiml).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ExternalEntity_IsRefused()
    {
        const string Twiml = """<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><Response><Say>&x;</Say></Response>""";

        Assert.StartsWith("12100", CallTwiml.Parse(Twiml).Error, StringComparison.Ordinal);
    }
}
