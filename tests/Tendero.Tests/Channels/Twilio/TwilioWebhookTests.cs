using System.Net;
using System.Security.Cryptography;
using System.Text;
using Tendero.Channels;
using Tendero.Channels.Twilio;

namespace Tendero.Tests.Channels.Twilio;

/// <summary>The two Twilio endpoints, signed the way Twilio signs (computed here from the documented algorithm).</summary>
public sealed class TwilioWebhookTests
{
    private const string Sm = "SM0123456789abcdef0123456789abcdef";

    // https://www.twilio.com/docs/usage/webhooks/webhooks-security: URL, then each parameter's name and value sorted by name.
    private static string Sign(string url, IEnumerable<(string Name, string Value)> fields)
    {
        var data = url + string.Concat(fields.OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => f.Name + f.Value));
#pragma warning disable CA5350 // SHA-1 is what Twilio signs with; we only verify it
        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(TestBusiness.AuthToken), Encoding.UTF8.GetBytes(data)));
#pragma warning restore CA5350
    }

    private static HttpRequestMessage Post(string path, (string, string)[] fields, string? signature = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Item1, f.Item2))),
        };
        request.Headers.Add(TwilioSignature.Header, signature ?? Sign(new Uri(WebhookHost.PublicUrl, path).AbsoluteUri, fields));
        return request;
    }

    private static async Task<(TestInbox Inbox, WebhookHost Host)> StartAsync()
    {
        var inbox = await TestInbox.CreateAsync();
        var host = await WebhookHost.StartAsync(inbox, TestBusiness.With(twilio: TestBusiness.Twilio(new Uri("https://api.twilio.com"))));
        return (inbox, host);
    }

    [Fact]
    public async Task PostSms_Signed_StoresTheMessageAndAnswersEmptyTwiml()
    {
        var (inbox, host) = await StartAsync();
        await using var _ = inbox;
        await using var __ = host;

        using var response = await host.Client.SendAsync(Post("/webhooks/twilio/la-fonda/sms?source=console", TwilioParserTests.InboundFields()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TwilioWebhook.EmptyTwiml, await response.Content.ReadAsStringAsync());
        var stored = Assert.Single(await inbox.ListAsync(TestBusiness.Id));
        Assert.Equal((Sm, "sms", "+50761234567", "Hola, ¿abren hoy?"), (stored.ProviderId, stored.Channel, stored.Address, stored.Text));
    }

    [Theory]
    [InlineData("p64jfVRFNsNkJ/gf4k5L1Jjgh1s=")] // valid, but for another URL
    [InlineData("")]
    public async Task PostSms_BadSignature_Answers401AndStoresNothing(string signature)
    {
        var (inbox, host) = await StartAsync();
        await using var _ = inbox;
        await using var __ = host;

        using var response = await host.Client.SendAsync(Post("/webhooks/twilio/la-fonda/sms", TwilioParserTests.InboundFields(), signature));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await inbox.ListAsync(TestBusiness.Id));
    }

    [Fact]
    public async Task PostSms_ToAnotherNumber_Answers400()
    {
        var (inbox, host) = await StartAsync();
        await using var _ = inbox;
        await using var __ = host;

        using var response = await host.Client.SendAsync(Post("/webhooks/twilio/la-fonda/sms", TwilioParserTests.InboundFields(to: "+15005550001")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("To is not this business's number", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PostStatus_Signed_StoresTheReportAndAnswersAnEmpty200()
    {
        var (inbox, host) = await StartAsync();
        await using var _ = inbox;
        await using var __ = host;
        (string, string)[] fields = [("MessageSid", Sm), ("MessageStatus", "undelivered"), ("ErrorCode", "30003"), ("To", "+50761234567")];

        using var response = await host.Client.SendAsync(Post("/webhooks/twilio/la-fonda/status", fields));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var again = await inbox.Inbox.IngestAsync(TwilioParser.ParseStatus(TestBusiness.Id, TwilioSignatureTests.Form(fields), inbox.Time.GetUtcNow()), CancellationToken.None);
        Assert.Equal((0, 1), (again.NewStatuses, again.Duplicates)); // the webhook stored it first
    }

    [Fact]
    public async Task PostStatus_WithoutMessageStatus_Answers400()
    {
        var (inbox, host) = await StartAsync();
        await using var _ = inbox;
        await using var __ = host;

        using var response = await host.Client.SendAsync(Post("/webhooks/twilio/la-fonda/status", [("MessageSid", Sm)]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_TooLarge_Answers413()
    {
        var (inbox, host) = await StartAsync();
        await using var _ = inbox;
        await using var __ = host;
        var fields = TwilioParserTests.InboundFields().Append(("Padding", new string('x', WebhookBody.MaxBytes))).ToArray();

        using var response = await host.Client.SendAsync(Post("/webhooks/twilio/la-fonda/sms", fields));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_UnknownBusiness_Answers404()
    {
        var (inbox, host) = await StartAsync();
        await using var _ = inbox;
        await using var __ = host;

        using var response = await host.Client.SendAsync(Post("/webhooks/twilio/elsewhere/sms", TwilioParserTests.InboundFields()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
