using Tendero.Channels.Twilio;

namespace Tendero.Tests.Channels.Twilio;

public sealed class TwilioRedirectHandlerTests
{
    [Theory]
    [InlineData("https://api.twilio.com", true)]
    [InlineData("https://API.twilio.com/", true)]
    [InlineData("https://api.twilio.com:443/2010-04-01", true)]
    [InlineData("http://api.twilio.com", false)]
    [InlineData("http://127.0.0.1:5080", false)]
    public void IsRealApi_BaseUrl_SaysWhetherToRewrite(string baseUrl, bool real) =>
        Assert.Equal(real, TwilioRedirectHandler.IsRealApi(new Uri(baseUrl)));
}
