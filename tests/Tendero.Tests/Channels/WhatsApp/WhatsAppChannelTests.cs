using System.Text.Json.Nodes;
using Tendero.Channels.WhatsApp;
using Tendero.Config;
using Tendero.Core;
using Tendero.Tests.Contracts;

namespace Tendero.Tests.Channels.WhatsApp;

/// <summary>WhatsAppChannel and WhatsAppClient against a fake Graph API on loopback.</summary>
public sealed class WhatsAppChannelTests
{
    private const string Token = "EAAG-test-token";
    private const string Wamid = "wamid.HBgLNTA3NjEyMzQ1NjcVAgARGBI5QTNDRDc2RjE0QjU4MkM4QjMA";
    private const string Accepted = $$"""
        {"messaging_product":"whatsapp","contacts":[{"input":"50761234567","wa_id":"50761234567"}],"messages":[{"id":"{{Wamid}}"}]}
        """;
    private const string RateLimited = """
        {"error":{"message":"(#130429) Rate limit hit","type":"OAuthException","code":130429,
          "error_data":{"messaging_product":"whatsapp","details":"Message failed to send because there were too many messages sent from this phone number in a short period of time"},
          "error_subcode":2494055,"fbtrace_id":"Az8or2yhqkZfEZ-_4Qn_Bam"}}
        """;

    private static BusinessConfig Business(Uri baseUrl) => new(
        "la-fonda", "La Fonda", TimeZoneInfo.Utc, "es", new Dictionary<string, string>(),
        new WhatsAppAccount(WhatsAppVectors.PhoneNumberId, "+15550783881", "v23.0", baseUrl, WhatsAppVectors.AppSecret, "verify", Token),
        null, null, "businesses/la-fonda.yaml");

    private static async Task<SendResult> SendAsync(Uri baseUrl, HttpClient? http = null, CancellationToken ct = default)
    {
        using var owned = http is null ? new HttpClient() : null;
        var channel = new WhatsAppChannel(new WhatsAppClient(http ?? owned!));
        var message = new OutboundMessage(42, "la-fonda", new Address(ChannelKind.WhatsApp, "+50761234567"), "Hola Ana, tu mesa está lista", 1);
        return await channel.SendAsync(Business(baseUrl), message, ct);
    }

    [Fact]
    public async Task SendAsync_Accepted_PostsTheExactRequestAndReturnsTheWamid()
    {
        await using var fake = await FakeProvider.StartAsync(_ => (200, Accepted));

        var result = await SendAsync(fake.BaseAddress);

        Assert.Equal(new SendResult.Sent(Wamid), result);
        var request = Assert.Single(fake.Requests);
        Assert.Equal(("POST", "/v23.0/106540352242922/messages"), (request.Method, request.Path));
        Assert.Equal($"Bearer {Token}", request.Authorization);
        Assert.StartsWith("application/json", request.ContentType);
        var expected = JsonNode.Parse("""
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"50761234567","type":"text",
             "text":{"preview_url":false,"body":"Hola Ana, tu mesa está lista"}}
            """);
        Assert.True(JsonNode.DeepEquals(expected, request.Json), request.Body);
    }

    // Meta's business-messaging-api_v23.0.yaml gives TextMessage "additionalProperties: false" and declares
    // biz_opaque_callback_data only for the Calling API, so our send leaves it out and statuses find rows by wamid.
    [Fact]
    public async Task SendAsync_Accepted_BodyPassesMetasContract()
    {
        await using var fake = await FakeProvider.StartAsync(_ => (200, Accepted));

        await SendAsync(fake.BaseAddress);

        var request = Assert.Single(fake.Requests);
        Assert.Empty(ContractFiles.WhatsApp.ValidateRequest("POST", request.Path, request.ContentType, request.Json, null));
    }

    [Fact]
    public async Task SendAsync_GraphRateLimitError_IsThrottledRetry()
    {
        await using var fake = await FakeProvider.StartAsync(_ => (400, RateLimited));

        var retry = Assert.IsType<SendResult.Retry>(await SendAsync(fake.BaseAddress));

        Assert.Equal(("130429", true), (retry.Code, retry.Throttled));
        Assert.Contains("too many messages", retry.Reason);
    }

    [Fact]
    public async Task SendAsync_NonJson502Page_IsRetryQuotingTheAnswer()
    {
        await using var fake = await FakeProvider.StartAsync(_ => (502, "<html><body><h1>502 Bad Gateway</h1></body></html>"));

        var retry = Assert.IsType<SendResult.Retry>(await SendAsync(fake.BaseAddress));

        Assert.False(retry.Throttled);
        Assert.Contains("502 Bad Gateway", retry.Reason);
    }

    [Fact]
    public async Task SendAsync_NothingListening_RetriesAsNetwork()
    {
        Uri closed;
        await using (var fake = await FakeProvider.StartAsync(_ => (200, Accepted)))
        {
            closed = fake.BaseAddress;
        }

        Assert.Equal("network", Assert.IsType<SendResult.Retry>(await SendAsync(closed)).Code);
    }

    [Fact]
    public async Task SendAsync_GraphTooSlowForTheHttpTimeout_RetriesAsTimeout()
    {
        using var release = new ManualResetEventSlim();
        await using var fake = await FakeProvider.StartAsync(_ =>
        {
            release.Wait(TimeSpan.FromSeconds(5));
            return (200, Accepted);
        });
        using var http = new HttpClient { Timeout = TimeSpan.FromMilliseconds(200) };

        var result = await SendAsync(fake.BaseAddress, http);
        release.Set();

        Assert.Equal("timeout", Assert.IsType<SendResult.Retry>(result).Code);
    }

    [Fact]
    public async Task SendAsync_CallerCancels_ThrowsInsteadOfReturningARetry()
    {
        using var release = new ManualResetEventSlim();
        await using var fake = await FakeProvider.StartAsync(_ =>
        {
            release.Wait(TimeSpan.FromSeconds(5));
            return (200, Accepted);
        });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SendAsync(fake.BaseAddress, ct: cancel.Token));
        release.Set();
    }

    [Fact]
    public void IsConfigured_BusinessWithoutWhatsApp_IsFalse()
    {
        var channel = new WhatsAppChannel(new WhatsAppClient(new HttpClient()));

        Assert.True(channel.IsConfigured(Business(new Uri("http://127.0.0.1:1"))));
        Assert.False(channel.IsConfigured(Business(new Uri("http://127.0.0.1:1")) with { WhatsApp = null }));
        Assert.Equal(ChannelKind.WhatsApp, channel.Kind);
    }
}
