using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Tendero.Channels.Telegram;
using Tendero.Core;
using Tendero.Storage;
using Tendero.Tests.Contracts;

namespace Tendero.Tests.Channels.Telegram;

/// <summary>Button presses are answered; an acknowledgement press gets a short notice in the person's language.</summary>
public sealed class TelegramCallbacksTests
{
    private static InboundMessage Press(string? data, string? language) => new(
        ChannelKind.Telegram, "callback:4382bfdwdsb323b2d9", "111111111", "Ana", language, "callback", data,
        DateTimeOffset.FromUnixTimeSeconds(1750000000), "{}");

    private static async Task<FakeRequest> AnswerAsync(InboundMessage press)
    {
        await using var fake = await FakeProvider.StartAsync(_ => (200, """{"ok":true,"result":true}"""));
        using var services = new ServiceCollection().AddTelegram().BuildServiceProvider();
        var callbacks = new TelegramCallbacks(services.GetRequiredService<TelegramClients>(), NullLogger<TelegramCallbacks>.Instance);

        await callbacks.AnswerAsync(TestBusiness.Telegram(fake.BaseAddress), new IngestResult([new StoredInbound(7, press)], 0, 0), CancellationToken.None);

        return Assert.Single(fake.Requests);
    }

    [Theory]
    [InlineData("es", "✅ Recibido")]
    [InlineData(null, "✅ Recibido")]
    [InlineData("en", "✅ Received")]
    public async Task AnswerAsync_AckPress_AnswersWithTheNoticeThatPassesTheContract(string? language, string notice)
    {
        var request = await AnswerAsync(Press("ack:17", language));

        Assert.Equal("/bot123456:TEST/answerCallbackQuery", request.Path);
        Assert.Equal(("4382bfdwdsb323b2d9", notice), (request.Json["callback_query_id"]!.GetValue<string>(), request.Json["text"]!.GetValue<string>()));
        Assert.Empty(ContractFiles.Telegram.ValidateCall("answerCallbackQuery", request.Json));
    }

    [Theory]
    [InlineData("confirm")]
    [InlineData("ACK:17")]
    [InlineData(null)]
    public async Task AnswerAsync_OtherPress_AnswersWithoutText(string? data)
    {
        var request = await AnswerAsync(Press(data, "en"));

        Assert.False(request.Json.ContainsKey("text"), request.Body);
    }
}
