using Twilio.Exceptions;
using Twilio.Http;
using Tendero.Channels.Twilio;
using Tendero.Core;

namespace Tendero.Tests.Channels.Twilio;

public sealed class TwilioErrorsTests
{
    private static SendResult? Classify(Exception e) => TwilioErrors.Classify(e, CancellationToken.None);

    private static ApiException Api(int code, int status, string message = "error") =>
        new(code, status, message, $"https://www.twilio.com/docs/errors/{code}", null, null);

    [Theory]
    [InlineData(20429, 429)]
    [InlineData(0, 429)]
    public void Classify_TooManyRequests_RetriesThrottledAfterASecond(int code, int status)
    {
        var retry = Assert.IsType<SendResult.Retry>(Classify(Api(code, status)));

        Assert.True(retry.Throttled);
        Assert.Equal(TimeSpan.FromSeconds(1), retry.After);
    }

    [Theory]
    [InlineData(30001, 400)]
    [InlineData(21611, 400)]
    [InlineData(20500, 500)]
    [InlineData(0, 503)]
    [InlineData(0, 0)] // the SDK could not read the answer (a proxy's HTML page)
    public void Classify_Transient_Retries(int code, int status) =>
        Assert.False(Assert.IsType<SendResult.Retry>(Classify(Api(code, status))).Throttled);

    [Theory]
    [InlineData(21211, "not a valid phone number")]
    [InlineData(13223, "not a valid phone number")] // a call to a badly formatted number
    [InlineData(13224, "not a valid phone number")] // a call to a number that cannot exist
    [InlineData(21215, "Geo permissions")]
    [InlineData(21216, "Geo permissions")]
    [InlineData(21614, "is a landline and cannot receive SMS")]
    [InlineData(21606, "channels.twilio.from")]
    [InlineData(21610, "replied STOP")]
    [InlineData(20003, "auth token")]
    [InlineData(21602, "error")]
    public void Classify_Permanent_RejectsWithAReadableReason(int code, string reasonContains)
    {
        var rejected = Assert.IsType<SendResult.Rejected>(Classify(Api(code, 400)));

        Assert.Equal(code.ToString(System.Globalization.CultureInfo.InvariantCulture), rejected.Code);
        Assert.Contains(reasonContains, rejected.Reason);
    }

    [Theory]
    [InlineData(429, """{"code":20429,"message":"Too Many Requests","status":429}""", "20429", true)]
    [InlineData(500, """{"code":20500,"message":"Internal Server Error","status":500}""", "20500", false)]
    [InlineData(502, "<html>Bad gateway</html>", "502", false)]
    public void Classify_AnswerWithRetryAfter_RetriesAfterItsWait(int status, string body, string code, bool throttled)
    {
        var answer = new TwilioRetryAfterException(new Response((System.Net.HttpStatusCode)status, body, null), TimeSpan.FromSeconds(12));

        var retry = Assert.IsType<SendResult.Retry>(Classify(new ApiConnectionException("Connection Error: POST…", answer)));

        Assert.Equal((code, throttled, TimeSpan.FromSeconds(12)), (retry.Code, retry.Throttled, retry.After));
    }

    [Fact]
    public void Classify_ConnectionRefused_RetriesAsNetwork() =>
        Assert.Equal("network", Assert.IsType<SendResult.Retry>(
            Classify(new ApiConnectionException("Connection Error: POST…", new HttpRequestException("Connection refused")))).Code);

    [Fact]
    public void Classify_HttpClientTimeout_RetriesAsTimeout() =>
        Assert.Equal("timeout", Assert.IsType<SendResult.Retry>(
            Classify(new ApiConnectionException("Connection Error: POST…", new TaskCanceledException()))).Code);

    [Fact]
    public void Classify_CancelledByTheCaller_IsNotAnExpectedFailure()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Null(TwilioErrors.Classify(new TaskCanceledException(), cancelled.Token));
    }

    [Fact]
    public void Classify_Bug_IsNotAnExpectedFailure() => Assert.Null(Classify(new InvalidOperationException("bug")));
}
