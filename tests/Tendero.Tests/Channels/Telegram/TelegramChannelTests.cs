using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tendero.Channels.Telegram;
using Tendero.Config;
using Tendero.Core;
using Tendero.Tests.Contracts;

namespace Tendero.Tests.Channels.Telegram;

/// <summary>The real Telegram.Bot SDK against a fake Bot API on loopback.</summary>
public sealed class TelegramChannelTests
{
    private const string SentMessage = """
        {"ok":true,"result":{"message_id":77,"from":{"id":123456,"is_bot":true,"first_name":"Tendero Bot","username":"tendero_bot"},
          "chat":{"id":111111111,"first_name":"Ana","type":"private"},"date":1750000000,"text":"Hola Ana"}}
        """;

    private static async Task<SendResult> SendAsync(FakeProvider fake, string to = "111111111", string path = "")
    {
        using var services = new ServiceCollection().AddTelegram().BuildServiceProvider();
        var channel = services.GetRequiredService<TelegramChannel>();
        var business = TestBusiness.With(telegram: TestBusiness.Telegram(new Uri(fake.BaseAddress, path)));
        return await channel.SendAsync(business, new OutboundMessage(1, business.Id, new Address(ChannelKind.Telegram, to), "Hola Ana", 1), CancellationToken.None);
    }

    [Fact]
    public async Task SendAsync_Accepted_ReturnsChatAndMessageId()
    {
        await using var fake = await FakeProvider.StartAsync(_ => (200, SentMessage));

        var result = await SendAsync(fake);

        Assert.Equal(new SendResult.Sent("111111111:77"), result);
    }

    [Fact]
    public async Task SendAsync_BaseUrlWithPath_CallsBotTokenMethodAtTheRoot()
    {
        await using var fake = await FakeProvider.StartAsync(_ => (200, SentMessage));

        await SendAsync(fake, path: "/ignored/path");

        var request = Assert.Single(fake.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/bot123456:TEST/sendMessage", request.Path);
        Assert.Equal(111111111, request.Json["chat_id"]!.GetValue<long>());
        Assert.Equal("Hola Ana", request.Json["text"]!.GetValue<string>());
        Assert.Empty(ContractFiles.Telegram.ValidateCall("sendMessage", request.Json));
    }

    [Fact]
    public async Task SendAsync_When429_ReturnsRetryAfterDelayWithoutRetryingItself()
    {
        await using var fake = await FakeProvider.StartAsync(_ =>
            (429, """{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 3","parameters":{"retry_after":3}}"""));

        var result = await SendAsync(fake);

        Assert.Equal(new SendResult.Retry("429", "Too Many Requests: retry after 3", TimeSpan.FromSeconds(3), Throttled: true), result);
        Assert.Single(fake.Requests); // the SDK's own retry (RetryThreshold) is off: the ledger owns the wait
    }

    [Fact]
    public async Task SendAsync_BotBlocked_IsRejected()
    {
        await using var fake = await FakeProvider.StartAsync(_ =>
            (403, """{"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"}"""));

        var rejected = Assert.IsType<SendResult.Rejected>(await SendAsync(fake));

        Assert.Equal("403", rejected.Code);
    }

    [Fact]
    public async Task SendAsync_NotAChatId_IsRejectedWithoutACall()
    {
        await using var fake = await FakeProvider.StartAsync(_ => (200, SentMessage));

        var rejected = Assert.IsType<SendResult.Rejected>(await SendAsync(fake, to: "@anaperez"));

        Assert.Equal("address", rejected.Code);
        Assert.Empty(fake.Requests);
    }

    [Fact]
    public async Task SendAsync_AtTraceLevel_NeverLogsTheBotToken()
    {
        await using var fake = await FakeProvider.StartAsync(_ => (200, SentMessage));
        var logs = new CapturingLogger();
        await using var services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)).AddTelegram().BuildServiceProvider();
        var business = TestBusiness.With(telegram: TestBusiness.Telegram(fake.BaseAddress));

        await services.GetRequiredService<TelegramChannel>().SendAsync(
            business, new OutboundMessage(1, business.Id, new Address(ChannelKind.Telegram, "1"), "x", 1), CancellationToken.None);

        Assert.DoesNotContain(logs.Lines, line => line.Contains(TestBusiness.BotToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_NothingListening_RetriesAsNetwork()
    {
        Uri closed;
        await using (var fake = await FakeProvider.StartAsync(_ => (200, SentMessage)))
        {
            closed = fake.BaseAddress;
        }
        using var services = new ServiceCollection().AddTelegram().BuildServiceProvider();
        var business = TestBusiness.With(telegram: TestBusiness.Telegram(closed));

        var result = await services.GetRequiredService<TelegramChannel>().SendAsync(
            business, new OutboundMessage(1, business.Id, new Address(ChannelKind.Telegram, "1"), "x", 1), CancellationToken.None);

        Assert.Equal("network", Assert.IsType<SendResult.Retry>(result).Code);
    }
}
