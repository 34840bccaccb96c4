using System.Text;
using Microsoft.Extensions.Options;
using Tendero.Channels.Twilio;
using Tendero.Core;
using Tendero.Hosting;
using Tendero.Tests.Contracts;

namespace Tendero.Tests.Channels.Twilio;

/// <summary>The real Twilio SDK, redirected to a fake API on loopback.</summary>
public sealed class TwilioChannelTests
{
    private const string Sm = "SM0123456789abcdef0123456789abcdef";
    private const string MessagesPath = $"/2010-04-01/Accounts/{TestBusiness.AccountSid}/Messages.json";

    private const string Queued = $$"""
        {"account_sid":"{{TestBusiness.AccountSid}}","api_version":"2010-04-01","body":"Hola Ana","date_created":"Thu, 24 Aug 2023 05:01:45 +0000",
         "date_sent":null,"date_updated":"Thu, 24 Aug 2023 05:01:45 +0000","direction":"outbound-api","error_code":null,"error_message":null,
         "from":"+15005550006","messaging_service_sid":null,"num_media":"0","num_segments":"1","price":null,"price_unit":"USD",
         "sid":"{{Sm}}","status":"queued","to":"+50761234567","uri":"/2010-04-01/Accounts/{{TestBusiness.AccountSid}}/Messages/{{Sm}}.json"}
        """;

    private static async Task<SendResult> SendAsync(Uri baseUrl)
    {
        using var clients = new TwilioClients(TimeProvider.System);
        var channel = new TwilioChannel(clients, Options.Create(new ServerOptions { PublicUrl = new Uri("https://hooks.example.test") }));
        var business = TestBusiness.With(twilio: TestBusiness.Twilio(baseUrl));
        var message = new OutboundMessage(1, business.Id, new Address(ChannelKind.Sms, "+50761234567"), "Hola Ana", 1);
        return await channel.SendAsync(business, message, CancellationToken.None);
    }

    [Fact]
    public async Task SendAsync_Accepted_PostsTheFormAndReturnsTheSid()
    {
        await using var fake = await FakeProvider.StartAsync(_ => (201, Queued));

        var result = await SendAsync(fake.BaseAddress);

        Assert.Equal(new SendResult.Sent(Sm), result);
        var request = Assert.Single(fake.Requests);
        Assert.Equal(("POST", MessagesPath), (request.Method, request.Path));
        Assert.StartsWith("application/x-www-form-urlencoded", request.ContentType);
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{TestBusiness.AccountSid}:{TestBusiness.AuthToken}"));
        Assert.Equal($"Basic {basic}", request.Authorization);
        var form = request.Form;
        Assert.Equal("+50761234567", form["To"]);
        Assert.Equal("+15005550006", form["From"]);
        Assert.Equal("Hola Ana", form["Body"]);
        Assert.Equal("https://hooks.example.test/webhooks/twilio/la-fonda/status", form["StatusCallback"]);
        Assert.Empty(ContractFiles.Twilio.ValidateRequest("POST", request.Path, request.ContentType, null, form));
    }

    [Fact]
    public async Task SendAsync_Landline_IsRejectedSayingWhy()
    {
        await using var fake = await FakeProvider.StartAsync(_ => (400,
            """{"code":21614,"message":"'To' number is not a valid mobile number","more_info":"https://www.twilio.com/docs/errors/21614","status":400}"""));

        var rejected = Assert.IsType<SendResult.Rejected>(await SendAsync(fake.BaseAddress));

        Assert.Equal("21614", rejected.Code);
        Assert.Contains("landline", rejected.Reason);
    }

    [Fact]
    public async Task SendAsync_When429_ReturnsThrottledRetry()
    {
        await using var fake = await FakeProvider.StartAsync(_ => (429,
            """{"code":20429,"message":"Too Many Requests","more_info":"https://www.twilio.com/docs/errors/20429","status":429}"""));

        var retry = Assert.IsType<SendResult.Retry>(await SendAsync(fake.BaseAddress));

        Assert.Equal(("20429", true), (retry.Code, retry.Throttled));
        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task SendAsync_NothingListening_RetriesAsNetwork()
    {
        Uri closed;
        await using (var fake = await FakeProvider.StartAsync(_ => (201, Queued)))
        {
            closed = fake.BaseAddress;
        }

        Assert.Equal("network", Assert.IsType<SendResult.Retry>(await SendAsync(closed)).Code);
    }
}
