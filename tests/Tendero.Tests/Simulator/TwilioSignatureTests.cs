using Tendero.Simulator.Twilio;

namespace Tendero.Tests.Simulator;

/// <summary>The simulator's signer against REFERENCE §13.1.</summary>
public sealed class TwilioSignatureTests
{
    private static readonly Dictionary<string, string> UpstreamParameters = new()
    {
        ["CallSid"] = "CA1234567890ABCDE",
        ["From"] = "+14158675309",
        ["Digits"] = "1234",
        ["To"] = "+18005551212",
        ["Caller"] = "+14158675309",
    };

    [Theory]
    [InlineData("https://mycompany.com/myapp.php?foo=1&bar=2", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    [InlineData("https://mycompany.com:443/myapp.php?foo=1&bar=2", "kvajT1Ptam85bY51eRf/AJRuM3w=")]
    [InlineData("http://mycompany.com:80/myapp.php?foo=1&bar=2", "0ZXoZLH/DfblKGATFgpif+LLRf4=")]
    [InlineData("https://mycompany.com:1234/myapp.php?foo=1&bar=2", "CYn1h0gLBdNxDGkKJg6hYohgeD8=")]
    [InlineData("http://mycompany.com/myapp.php?foo=1&bar=2", "OyGYPqTF6ztdbRNCvuQO/oPvqQ4=")]
    [InlineData("https://MyCompany.com/myapp.php?foo=1&bar=2", "g9IN/x4Cft2g517EjYvEvM/W7LU=")]
    [InlineData("https://example.com/myapp.php?foo=1&bar=2", "9pyy2ZSJda9ihJ1NNXPXtY4oV2Y=")]
    public void Sign_UpstreamVectors_Match(string url, string expected) =>
        Assert.Equal(expected, TwilioSignature.Sign("12345", url, UpstreamParameters));

    [Fact]
    public void Sign_ProductInboundSmsVector_Matches()
    {
        var parameters = new Dictionary<string, string>
        {
            ["MessageSid"] = "SM0123456789abcdef0123456789abcdef",
            ["SmsSid"] = "SM0123456789abcdef0123456789abcdef",
            ["AccountSid"] = "AC0123456789abcdef0123456789abcdef",
            ["From"] = "+50761234567",
            ["To"] = "+15005550006",
            ["Body"] = "Hola",
            ["NumMedia"] = "0",
            ["NumSegments"] = "1",
        };

        Assert.Equal("p64jfVRFNsNkJ/gf4k5L1Jjgh1s=", TwilioSignature.Sign("test_auth_token", "https://hooks.example.test/twilio/sms", parameters));
    }

    [Fact]
    public void Sign_ProductStatusVector_Matches()
    {
        var parameters = new Dictionary<string, string>
        {
            ["MessageSid"] = "SM0123456789abcdef0123456789abcdef",
            ["MessageStatus"] = "undelivered",
            ["ErrorCode"] = "30003",
            ["AccountSid"] = "AC0123456789abcdef0123456789abcdef",
            ["From"] = "+15005550006",
            ["To"] = "+50761234567",
            ["ApiVersion"] = "2010-04-01",
        };

        Assert.Equal("Pfm7LbsKZYocVPFT+UAEco/ondk=", TwilioSignature.Sign("test_auth_token", "https://hooks.example.test/twilio/status", parameters));
    }

    [Fact]
    public void Sign_OtherToken_DiffersFromUpstream() =>
        Assert.NotEqual("RSOYDt4T1cUTdK1PDd93/VVr8B8=", TwilioSignature.Sign("54321", "https://mycompany.com/myapp.php?foo=1&bar=2", UpstreamParameters));
}
