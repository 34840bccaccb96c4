using Tendero.Simulator;
using Tendero.Tests.Contracts;

namespace Tendero.Tests.Simulator;

public sealed class TwilioApiTests
{
    [Fact]
    public async Task CreateMessage_Valid_Returns201QueuedResourcePerContract()
    {
        await using var h = await SimHarness.StartAsync();

        var (status, body, _) = await SimHttp.TwilioAsync(h, SimHarness.MessagesPath, SimHttp.Sms("+50761234567", "Su mesa está lista"));

        Assert.Equal(201, status);
        Assert.Empty(ContractFiles.Twilio.ValidateResponse("POST", SimHarness.MessagesPath, 201, body));
        var sid = (string)body["sid"]!;
        Assert.Matches("^SM[0-9a-f]{32}$", sid);
        Assert.Equal("queued", (string?)body["status"]);
        Assert.Equal("1", (string?)body["num_segments"]);
        Assert.Equal("outbound-api", (string?)body["direction"]);
        Assert.Equal("2010-04-01", (string?)body["api_version"]);
        Assert.Equal(SimHarness.AccountSid, (string?)body["account_sid"]);
        Assert.Equal("Wed, 01 Jul 2026 12:00:00 +0000", (string?)body["date_created"]);
        Assert.Null(body["price"]);
        Assert.Null(body["error_code"]);
        Assert.True(body.AsObject().ContainsKey("price"));
        Assert.Equal($"/2010-04-01/Accounts/{SimHarness.AccountSid}/Messages/{sid}.json", (string?)body["uri"]);
        Assert.Equal(sid, Assert.Single(h.Journal.OutboundMessages(SimProvider.Twilio)).ProviderId);
    }

    [Theory]
    [InlineData("50761234567")]
    [InlineData("+507")]
    [InlineData("+5076123456789012")]
    [InlineData("+50761234abc")]
    public async Task CreateMessage_ToNotE164_Returns400Code21211(string to)
    {
        await using var h = await SimHarness.StartAsync();

        var (status, body, _) = await SimHttp.TwilioAsync(h, SimHarness.MessagesPath, SimHttp.Sms(to, "Hola"));

        Assert.Equal(400, status);
        Assert.Equal(21211, (int?)body["code"]);
        Assert.Equal($"The 'To' number {to} is not a valid phone number.", (string?)body["message"]);
        Assert.Equal("https://www.twilio.com/docs/errors/21211", (string?)body["more_info"]);
        Assert.Equal(400, (int?)body["status"]);
    }

    [Fact]
    public async Task CreateMessage_ToLandline_Returns400Code21614()
    {
        await using var h = await SimHarness.StartAsync(o => o.Behaviour.LandlineNumbers.Add("+50721234567"));

        var (status, body, _) = await SimHttp.TwilioAsync(h, SimHarness.MessagesPath, SimHttp.Sms("+50721234567", "Hola"));

        Assert.Equal((400, 21614), (status, (int?)body["code"]));
        Assert.Equal("'To' number is not a valid mobile number", (string?)body["message"]);
    }

    [Fact]
    public async Task CreateMessage_FromNotOwned_Returns400Code21606()
    {
        await using var h = await SimHarness.StartAsync();
        var form = SimHttp.Sms("+50761234567", "Hola");
        form["From"] = "+15550001111";

        var (status, body, _) = await SimHttp.TwilioAsync(h, SimHarness.MessagesPath, form);

        Assert.Equal((400, 21606), (status, (int?)body["code"]));
    }

    [Theory]
    [InlineData("", 21602)]
    [InlineData(null, 21617)]
    public async Task CreateMessage_BodyEmptyOrTooLong_Returns400(string? body, int code)
    {
        await using var h = await SimHarness.StartAsync();

        var (status, answer, _) = await SimHttp.TwilioAsync(h, SimHarness.MessagesPath, SimHttp.Sms("+50761234567", body ?? new string('a', 1601)));

        Assert.Equal((400, code), (status, (int?)answer["code"]));
    }

    [Theory]
    [InlineData(SimHarness.AccountSid, "wrong")]
    [InlineData("ACffffffffffffffffffffffffffffffff", SimHarness.AuthToken)]
    public async Task CreateMessage_WrongCredentials_Returns401Code20003(string user, string password)
    {
        await using var h = await SimHarness.StartAsync();

        var (status, body, _) = await SimHttp.TwilioAsync(h, SimHarness.MessagesPath, SimHttp.Sms("+50761234567", "Hola"), user, password);

        Assert.Equal(401, status);
        Assert.Equal("""{"code":20003,"message":"Authenticate","more_info":"https://www.twilio.com/docs/errors/20003","status":401}""", body.ToJsonString());
    }

    [Fact]
    public async Task CreateMessage_101stRequestInOneSecond_Returns429WithRetryAfter()
    {
        await using var h = await SimHarness.StartAsync();
        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(400, (await SimHttp.TwilioAsync(h, SimHarness.MessagesPath, SimHttp.Sms("bad", "x"))).Status);
        }

        var (status, body, response) = await SimHttp.TwilioAsync(h, SimHarness.MessagesPath, SimHttp.Sms("+50761234567", "Hola"));

        Assert.Equal((429, 20429), (status, (int?)body["code"]));
        Assert.Equal("1", response.Headers.GetValues("Retry-After").Single());
    }

    [Fact]
    public async Task CreateCall_WithTwiml_Returns201AndJournalsTheTwiml()
    {
        await using var h = await SimHarness.StartAsync();
        const string Twiml = "<Response><Say language=\"es-MX\">Su pedido está listo.</Say></Response>";
        var form = new Dictionary<string, string> { ["To"] = "+50761234567", ["From"] = SimHarness.TwilioNumber, ["Twiml"] = Twiml };

        var (status, body, _) = await SimHttp.TwilioAsync(h, SimHarness.CallsPath, form);

        Assert.Equal(201, status);
        Assert.Empty(ContractFiles.Twilio.ValidateResponse("POST", SimHarness.CallsPath, 201, body));
        Assert.Matches("^CA[0-9a-f]{32}$", (string?)body["sid"]);
        Assert.Equal("queued", (string?)body["status"]);
        Assert.Equal(Twiml, Assert.Single(h.Journal.OutboundMessages(SimProvider.Twilio)).Twiml);
    }

    [Fact]
    public async Task CreateCall_WithoutUrlOrTwiml_Returns400()
    {
        await using var h = await SimHarness.StartAsync();
        var form = new Dictionary<string, string> { ["To"] = "+50761234567", ["From"] = SimHarness.TwilioNumber };

        var (status, _, _) = await SimHttp.TwilioAsync(h, SimHarness.CallsPath, form);

        Assert.Equal(400, status);
    }
}
