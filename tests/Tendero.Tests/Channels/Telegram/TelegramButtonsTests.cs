using Microsoft.Extensions.DependencyInjection;
using Tendero.Channels.Telegram;
using Tendero.Core;
using Tendero.Tests.Contracts;

namespace Tendero.Tests.Channels.Telegram;

/// <summary>Reply buttons go out as an inline keyboard through the real SDK; buttons Telegram would refuse never leave.</summary>
public sealed class TelegramButtonsTests
{
    private const string SentMessage = """
        {"ok":true,"result":{"message_id":78,"from":{"id":123456,"is_bot":true,"first_name":"Tendero Bot","username":"tendero_bot"},
          "chat":{"id":111111111,"first_name":"Ana","type":"private"},"date":1750000000,"text":"Queda poco arroz"}}
        """;

    private static async Task<SendResult> SendAsync(FakeProvider fake, params ReplyButton[] buttons)
    {
        using var services = new ServiceCollection().AddTelegram().BuildServiceProvider();
        var business = TestBusiness.With(telegram: TestBusiness.Telegram(fake.BaseAddress));
        var message = new OutboundMessage(1, business.Id, new Address(ChannelKind.Telegram, "111111111"), "Queda poco arroz", 1) { Buttons = buttons };
        return await services.GetRequiredService<TelegramChannel>().SendAsync(business, message, CancellationToken.None);
    }

    [Fact]
    public async Task SendAsync_WithButtons_SendsOneRowOfCallbackButtonsThatPassesTheContract()
    {
        await using var fake = await FakeProvider.StartAsync(_ => (200, SentMessage));

        var result = await SendAsync(fake, new ReplyButton("✅ Recibido", "ack:17"), new ReplyButton("Más tarde", "later:17"));

        Assert.Equal(new SendResult.Sent("111111111:78"), result);
        var request = Assert.Single(fake.Requests);
        Assert.Equal("/bot123456:TEST/sendMessage", request.Path);
        var rows = request.Json["reply_markup"]!["inline_keyboard"]!.AsArray();
        var row = Assert.Single(rows)!.AsArray();
        Assert.Equal(
            [("✅ Recibido", "ack:17"), ("Más tarde", "later:17")],
            row.Select(b => (b!["text"]!.GetValue<string>(), b["callback_data"]!.GetValue<string>())));
        Assert.Empty(ContractFiles.Telegram.ValidateCall("sendMessage", request.Json));
    }

    [Fact]
    public async Task SendAsync_WithoutButtons_SendsNoReplyMarkup()
    {
        await using var fake = await FakeProvider.StartAsync(_ => (200, SentMessage));

        await SendAsync(fake);

        Assert.False(Assert.Single(fake.Requests).Json.ContainsKey("reply_markup"));
    }

    [Fact]
    public async Task SendAsync_DataOver64Bytes_IsRejectedWithoutACall()
    {
        await using var fake = await FakeProvider.StartAsync(_ => (200, SentMessage));

        // 32 two-byte letters and an "a": 33 characters but 65 bytes, and Telegram counts bytes.
        var rejected = Assert.IsType<SendResult.Rejected>(await SendAsync(fake, new ReplyButton("Sí", new string('ñ', 32) + "a")));

        Assert.Equal("buttons", rejected.Code);
        Assert.Equal("The button 'Sí' carries 65 bytes of data; Telegram takes 1-64 bytes of callback_data.", rejected.Reason);
        Assert.Empty(fake.Requests);
    }

    [Fact]
    public async Task SendAsync_DataOfExactly64Bytes_IsSent()
    {
        await using var fake = await FakeProvider.StartAsync(_ => (200, SentMessage));

        var result = await SendAsync(fake, new ReplyButton("Sí", "ack:" + new string('9', 60)));

        Assert.IsType<SendResult.Sent>(result);
    }

    [Theory]
    [InlineData("", "ack:1")]
    [InlineData("Sí", "")]
    public async Task SendAsync_EmptyLabelOrData_IsRejectedWithoutACall(string label, string data)
    {
        await using var fake = await FakeProvider.StartAsync(_ => (200, SentMessage));

        Assert.Equal("buttons", Assert.IsType<SendResult.Rejected>(await SendAsync(fake, new ReplyButton(label, data))).Code);
        Assert.Empty(fake.Requests);
    }
}
