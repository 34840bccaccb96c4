using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Twilio.Security;
using Tendero.Channels.Twilio;
using Tendero.Hosting;

namespace Tendero.Tests.Channels.Twilio;

/// <summary>Every vector of REFERENCE.md §13.1.</summary>
public sealed class TwilioSignatureTests
{
    private const string UpstreamToken = "12345";
    private const string Sm = "SM0123456789abcdef0123456789abcdef";
    private const string Ac = "AC0123456789abcdef0123456789abcdef";

    // twilio-csharp test/Twilio.Test/Security/RequestValidatorTest.cs
    private static readonly FormCollection UpstreamForm = Form(
        ("CallSid", "CA1234567890ABCDE"), ("Caller", "+14158675309"), ("Digits", "1234"), ("From", "+14158675309"), ("To", "+18005551212"));

    internal static FormCollection Form(params (string Name, string Value)[] fields) =>
        new(fields.ToDictionary(f => f.Name, f => new StringValues(f.Value), StringComparer.Ordinal));

    [Theory]
    [InlineData("https://mycompany.com/myapp.php?foo=1&bar=2", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    [InlineData("https://mycompany.com:443/myapp.php?foo=1&bar=2", "kvajT1Ptam85bY51eRf/AJRuM3w=")]
    [InlineData("http://mycompany.com:80/myapp.php?foo=1&bar=2", "0ZXoZLH/DfblKGATFgpif+LLRf4=")]
    [InlineData("https://mycompany.com:1234/myapp.php?foo=1&bar=2", "CYn1h0gLBdNxDGkKJg6hYohgeD8=")]
    [InlineData("http://mycompany.com/myapp.php?foo=1&bar=2", "OyGYPqTF6ztdbRNCvuQO/oPvqQ4=")]
    [InlineData("https://MyCompany.com/myapp.php?foo=1&bar=2", "g9IN/x4Cft2g517EjYvEvM/W7LU=")]
    [InlineData("https://example.com/myapp.php?foo=1&bar=2", "9pyy2ZSJda9ihJ1NNXPXtY4oV2Y=")]
    // Port variations: Twilio signs with or without the default port, so both forms must pass (twilio-csharp#44).
    [InlineData("https://mycompany.com/myapp.php?foo=1&bar=2", "kvajT1Ptam85bY51eRf/AJRuM3w=")]
    [InlineData("https://mycompany.com:443/myapp.php?foo=1&bar=2", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    [InlineData("http://mycompany.com/myapp.php?foo=1&bar=2", "0ZXoZLH/DfblKGATFgpif+LLRf4=")]
    [InlineData("http://mycompany.com:80/myapp.php?foo=1&bar=2", "OyGYPqTF6ztdbRNCvuQO/oPvqQ4=")]
    [InlineData("https://mycompany.com:1234/myapp.php?foo=1&bar=2", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    public void IsValid_UpstreamVector_Accepts(string url, string signature) =>
        Assert.True(TwilioSignature.IsValid(new Uri(url), UpstreamForm, signature, UpstreamToken));

    [Theory]
    [InlineData("https://mycompany.com/myapp.php?foo=1&bar=2", "NOTRSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    [InlineData("https://mycompany.com/myapp.php?foo=1&bar=2", "g9IN/x4Cft2g517EjYvEvM/W7LU=")] // host case matters
    [InlineData("https://MyCompany.com/myapp.php?foo=1&bar=2", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    [InlineData("https://mycompany.com/myapp.php?foo=1&bar=3", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")]
    [InlineData("https://mycompany.com/myapp.php?foo=1&bar=2", "")]
    [InlineData("https://mycompany.com/myapp.php?foo=1&bar=2", null)]
    public void IsValid_WrongSignatureOrUrl_Rejects(string url, string? signature) =>
        Assert.False(TwilioSignature.IsValid(new Uri(url), UpstreamForm, signature, UpstreamToken));

    [Fact]
    public void IsValid_ChangedParameter_Rejects()
    {
        var tampered = Form(("CallSid", "CA1234567890ABCDE"), ("Caller", "+14158675309"), ("Digits", "9999"), ("From", "+14158675309"), ("To", "+18005551212"));

        Assert.False(TwilioSignature.IsValid(new Uri("https://mycompany.com/myapp.php?foo=1&bar=2"), tampered, "RSOYDt4T1cUTdK1PDd93/VVr8B8=", UpstreamToken));
    }

    [Fact]
    public void IsValid_ProductInboundSmsVector_Accepts()
    {
        var form = Form(("MessageSid", Sm), ("SmsSid", Sm), ("AccountSid", Ac), ("From", "+50761234567"), ("To", "+15005550006"),
            ("Body", "Hola"), ("NumMedia", "0"), ("NumSegments", "1"));

        Assert.True(TwilioSignature.IsValid(new Uri("https://hooks.example.test/twilio/sms"), form, "p64jfVRFNsNkJ/gf4k5L1Jjgh1s=", "test_auth_token"));
        Assert.False(TwilioSignature.IsValid(new Uri("https://hooks.example.test/twilio/sms"), form, "p64jfVRFNsNkJ/gf4k5L1Jjgh1s=", "another_token"));
    }

    [Fact]
    public void IsValid_ProductStatusVector_Accepts()
    {
        var form = Form(("MessageSid", Sm), ("MessageStatus", "undelivered"), ("ErrorCode", "30003"), ("AccountSid", Ac),
            ("From", "+15005550006"), ("To", "+50761234567"), ("ApiVersion", "2010-04-01"));

        Assert.True(TwilioSignature.IsValid(new Uri("https://hooks.example.test/twilio/status"), form, "Pfm7LbsKZYocVPFT+UAEco/ondk=", "test_auth_token"));
    }

    [Fact]
    public void RequestValidator_JsonBodyVectors_Accept()
    {
        // Our webhooks are forms; this pins the SDK's JSON variant (bodySHA256 in the query) to the same section's vectors.
        const string body = """{"property": "value", "boolean": true}""";
        const string hash = "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620";
        var validator = new RequestValidator(UpstreamToken);

        Assert.True(RequestValidator.ValidateBody(body, hash));
        Assert.True(validator.Validate($"https://mycompany.com/myapp.php?foo=1&bar=2&bodySHA256={hash}", body, "a9nBmqA0ju/hNViExpshrM61xv4="));
        Assert.True(validator.Validate($"https://mycompany.com/myapp.php?bodySHA256={hash}", body, "y77kIzt2vzLz71DgmJGsen2scGs="));
    }

    [Fact]
    public void PublicUrls_BehindAProxy_UseTheConfiguredUrlAndTheQueryAsReceived()
    {
        var request = new DefaultHttpContext().Request;
        request.Scheme = "http";
        request.Host = new HostString("10.0.0.7", 8080);
        request.Path = "/webhooks/twilio/la-fonda/sms";
        request.QueryString = new QueryString("?a=1&b=%20x");

        var urls = TwilioSignature.PublicUrls(new ServerOptions { PublicUrl = new Uri("https://Hooks.Example.test/") }, request);

        Assert.Equal(
            ["https://Hooks.Example.test/webhooks/twilio/la-fonda/sms?a=1&b=%20x", "https://hooks.example.test/webhooks/twilio/la-fonda/sms?a=1&b=%20x"],
            urls.Select(u => u.OriginalString));
    }
}
