using System.Net;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Tendero.Channels.Telegram;
using Tendero.Core;

namespace Tendero.Tests.Channels.Telegram;

public sealed class TelegramErrorsTests
{
    private static SendResult? Classify(Exception e) => TelegramErrors.Classify(e, CancellationToken.None);

    [Fact]
    public void Classify_429WithRetryAfter_RetriesThrottledAfterThatWait()
    {
        var error = new ApiRequestException("Too Many Requests: retry after 3", 429, new ResponseParameters { RetryAfter = 3 });

        var retry = Assert.IsType<SendResult.Retry>(Classify(error));
        Assert.Equal("429", retry.Code);
        Assert.Equal(TimeSpan.FromSeconds(3), retry.After);
        Assert.True(retry.Throttled);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(408)]
    public void Classify_ServerTrouble_Retries(int code) =>
        Assert.IsType<SendResult.Retry>(Classify(new ApiRequestException("Internal Server Error", code)));

    [Theory]
    [InlineData(400, "Bad Request: chat not found", "press Start")]
    [InlineData(403, "Forbidden: bot was blocked by the user", "blocked the bot")]
    [InlineData(403, "Forbidden: bot was kicked from the group chat", "blocked the bot")]
    [InlineData(401, "Unauthorized", "@BotFather")]
    [InlineData(400, "Bad Request: message is too long", "message is too long")]
    public void Classify_PermanentRefusal_RejectsWithAnActionableReason(int code, string description, string reasonContains)
    {
        var rejected = Assert.IsType<SendResult.Rejected>(Classify(new ApiRequestException(description, code)));

        Assert.Equal(code.ToString(System.Globalization.CultureInfo.InvariantCulture), rejected.Code);
        Assert.Contains(reasonContains, rejected.Reason);
        Assert.Contains(description, rejected.Reason);
    }

    [Fact]
    public void Classify_GroupMigrated_RejectsNamingTheNewChat()
    {
        var error = new ApiRequestException("Bad Request: group chat was upgraded to a supergroup chat", 400,
            new ResponseParameters { MigrateToChatId = -1001234567890 });

        Assert.Contains("telegram:-1001234567890", Assert.IsType<SendResult.Rejected>(Classify(error)).Reason);
    }

    [Fact]
    public void Classify_ConnectionRefused_RetriesAsNetwork() =>
        Assert.Equal("network", Assert.IsType<SendResult.Retry>(
            Classify(new RequestException("Bot API Service Failure", new HttpRequestException("Connection refused")))).Code);

    [Fact]
    public void Classify_HttpClientTimeout_RetriesAsTimeout() =>
        Assert.Equal("timeout", Assert.IsType<SendResult.Retry>(
            Classify(new RequestException("Bot API Request timed out", new TaskCanceledException()))).Code);

    [Fact]
    public void Classify_ProxyErrorPage_RetriesWithTheHttpStatus() =>
        Assert.Equal("502", Assert.IsType<SendResult.Retry>(
            Classify(new RequestException("There was an exception during deserialization of the response", HttpStatusCode.BadGateway))).Code);

    [Fact]
    public void Classify_CancelledByTheCaller_IsNotAnExpectedFailure()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Null(TelegramErrors.Classify(new TaskCanceledException(), cancelled.Token));
    }

    [Fact]
    public void Classify_Bug_IsNotAnExpectedFailure() => Assert.Null(Classify(new InvalidOperationException("bug")));
}
