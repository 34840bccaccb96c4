using System.Net;
using System.Text;
using Tendero.Channels.Telegram;

namespace Tendero.Tests.Channels.Telegram;

public sealed class TelegramWebhookTests
{
    private static HttpRequestMessage Post(string business, string body, string? secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/telegram/{business}")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            request.Headers.Add(TelegramWebhook.SecretHeader, secret);
        }
        return request;
    }

    private static async Task<(TestInbox Inbox, WebhookHost Host)> StartAsync()
    {
        var inbox = await TestInbox.CreateAsync();
        var host = await WebhookHost.StartAsync(inbox, TestBusiness.With(telegram: TestBusiness.Telegram(new Uri("https://api.telegram.org"))));
        return (inbox, host);
    }

    [Fact]
    public async Task Post_WithTheSecret_StoresTheUpdateAndAnswers200()
    {
        var (inbox, host) = await StartAsync();
        await using var _ = inbox;
        await using var __ = host;

        using var response = await host.Client.SendAsync(Post(TestBusiness.Id, TelegramParserTests.ReferenceUpdate, TestBusiness.SecretToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("111111111:42", Assert.Single(await inbox.ListAsync(TestBusiness.Id)).ProviderId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("s3cr3t_Token-02")]
    [InlineData("")]
    public async Task Post_WithoutTheSecret_Answers401AndStoresNothing(string? secret)
    {
        var (inbox, host) = await StartAsync();
        await using var _ = inbox;
        await using var __ = host;

        using var response = await host.Client.SendAsync(Post(TestBusiness.Id, TelegramParserTests.ReferenceUpdate, secret));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await inbox.ListAsync(TestBusiness.Id));
    }

    [Fact]
    public async Task Post_UnknownBusiness_Answers404()
    {
        var (inbox, host) = await StartAsync();
        await using var _ = inbox;
        await using var __ = host;

        using var response = await host.Client.SendAsync(Post("elsewhere", TelegramParserTests.ReferenceUpdate, TestBusiness.SecretToken));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_Malformed_Answers400NamingTheField()
    {
        var (inbox, host) = await StartAsync();
        await using var _ = inbox;
        await using var __ = host;

        using var response = await host.Client.SendAsync(Post(TestBusiness.Id, """{"update_id":1,"message":{"message_id":1,"date":1}}""", TestBusiness.SecretToken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("message.chat", await response.Content.ReadAsStringAsync());
    }
}
