using System.Xml.Linq;
using Microsoft.Extensions.Options;
using Tendero.Channels.Twilio;
using Tendero.Core;
using Tendero.Hosting;
using Tendero.Tests.Contracts;

namespace Tendero.Tests.Channels.Twilio;

/// <summary>Calls through the real Twilio SDK, redirected to a fake API on loopback; requests checked against Twilio's OpenAPI.</summary>
public sealed class TwilioVoiceChannelTests
{
    private const string Ca = "CA0123456789abcdef0123456789abcdef";
    private const string CallsPath = $"/2010-04-01/Accounts/{TestBusiness.AccountSid}/Calls.json";

    private const string Queued = $$"""
        {"account_sid":"{{TestBusiness.AccountSid}}","api_version":"2010-04-01","sid":"{{Ca}}","status":"queued",
         "direction":"outbound-api","from":"+15005550006","to":"+50761234567","price":null,"price_unit":"USD",
         "uri":"/2010-04-01/Accounts/{{TestBusiness.AccountSid}}/Calls/{{Ca}}.json"}
        """;

    private static async Task<SendResult> CallAsync(Uri baseUrl, string text = "Su mesa está lista.", string language = "es")
    {
        using var clients = new TwilioClients(TimeProvider.System);
        var channel = new TwilioVoiceChannel(clients, Options.Create(new ServerOptions { PublicUrl = new Uri("https://hooks.example.test") }));
        var business = TestBusiness.With(twilio: TestBusiness.Twilio(baseUrl));
        var message = new OutboundMessage(1, business.Id, new Address(ChannelKind.Voice, "+50761234567"), text, 1) { Language = language };
        return await channel.SendAsync(business, message, CancellationToken.None);
    }

    private static string Error(int code, int status) =>
        $$"""{"code":{{code}},"message":"error {{code}}","more_info":"https://www.twilio.com/docs/errors/{{code}}","status":{{status}}}""";

    [Fact]
    public async Task SendAsync_Accepted_PostsACallMatchingTheContractAndReturnsTheCallSid()
    {
        await using var fake = await FakeProvider.StartAsync(_ => (201, Queued));

        var result = await CallAsync(fake.BaseAddress, language: "en");

        Assert.Equal(new SendResult.Sent(Ca), result);
        var request = Assert.Single(fake.Requests);
        Assert.Equal(("POST", CallsPath), (request.Method, request.Path));
        var form = request.Form;
        Assert.Equal(("+50761234567", "+15005550006"), (form["To"], form["From"]));
        Assert.Equal("https://hooks.example.test/webhooks/twilio/la-fonda/voice/status", form["StatusCallback"]);
        Assert.Equal(["initiated", "ringing", "answered", "completed"], request.All("StatusCallbackEvent"));
        var gather = XDocument.Parse(form["Twiml"]).Root!.Element("Gather")!;
        Assert.Equal("https://hooks.example.test/webhooks/twilio/la-fonda/voice", (string?)gather.Attribute("action"));
        Assert.Equal("en-US", (string?)gather.Element("Say")!.Attribute("language"));
        Assert.Empty(ContractFiles.Twilio.ValidateRequest("POST", request.Path, request.ContentType, null, form));
        Assert.Empty(ContractFiles.Twilio.ValidateResponse("POST", request.Path, 201, System.Text.Json.Nodes.JsonNode.Parse(Queued)));
    }

    [Theory]
    [InlineData(13224, "not a valid phone number")]
    [InlineData(21215, "Geo permissions")]
    public async Task SendAsync_PermanentCallError_IsRejectedSayingWhy(int code, string reason)
    {
        await using var fake = await FakeProvider.StartAsync(_ => (400, Error(code, 400)));

        var rejected = Assert.IsType<SendResult.Rejected>(await CallAsync(fake.BaseAddress));

        Assert.Equal(code.ToString(System.Globalization.CultureInfo.InvariantCulture), rejected.Code);
        Assert.Contains(reason, rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_When429WithRetryAfter_RetriesThrottledAfterThatWait()
    {
        await using var fake = await FakeProvider.StartAsync(_ => (429, Error(20429, 429)), new Dictionary<string, string> { ["Retry-After"] = "7" });

        var retry = Assert.IsType<SendResult.Retry>(await CallAsync(fake.BaseAddress));

        Assert.Equal(("20429", true, TimeSpan.FromSeconds(7)), (retry.Code, retry.Throttled, retry.After));
        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task SendAsync_When503WithRetryAfter_RetriesAfterThatWait()
    {
        await using var fake = await FakeProvider.StartAsync(_ => (503, "<html>down</html>"), new Dictionary<string, string> { ["Retry-After"] = "30" });

        var retry = Assert.IsType<SendResult.Retry>(await CallAsync(fake.BaseAddress));

        Assert.Equal(("503", false, TimeSpan.FromSeconds(30)), (retry.Code, retry.Throttled, retry.After));
    }

    [Fact]
    public async Task SendAsync_TooLongForInlineTwiml_IsRejectedWithoutCallingTwilio()
    {
        await using var fake = await FakeProvider.StartAsync(_ => (201, Queued));

        var rejected = Assert.IsType<SendResult.Rejected>(await CallAsync(fake.BaseAddress, new string('&', 900)));

        Assert.Equal("too-long", rejected.Code);
        Assert.Empty(fake.Requests);
    }

    [Fact]
    public void IsConfigured_BusinessWithTwilio_IsTrueAndWithoutIsFalse()
    {
        using var clients = new TwilioClients(TimeProvider.System);
        var channel = new TwilioVoiceChannel(clients, Options.Create(new ServerOptions()));

        Assert.True(channel.IsConfigured(TestBusiness.With(twilio: TestBusiness.Twilio(new Uri("https://api.twilio.com")))));
        Assert.False(channel.IsConfigured(TestBusiness.With()));
        Assert.Equal(ChannelKind.Voice, channel.Kind);
    }
}
