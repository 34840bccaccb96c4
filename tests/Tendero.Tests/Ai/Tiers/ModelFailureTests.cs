using System.ClientModel;
using System.Net;
using System.Text.Json;
using Anthropic.Exceptions;
using Tendero.Ai.Tiers;

namespace Tendero.Tests.Ai.Tiers;

public sealed class ModelFailureTests
{
    [Theory]
    [InlineData(429, """{"error":{"message":"Rate limit reached","type":"tokens","code":"rate_limit_exceeded"}}""", ModelFailureKind.RateLimited)]
    [InlineData(429, """{"error":{"message":"You exceeded your current quota","type":"insufficient_quota","code":"insufficient_quota"}}""", ModelFailureKind.SpendLimit)]
    [InlineData(503, """{"error":{"message":"over capacity"}}""", ModelFailureKind.Overloaded)]
    [InlineData(500, "", ModelFailureKind.ServerError)]
    [InlineData(502, "<html>", ModelFailureKind.ServerError)]
    [InlineData(504, "", ModelFailureKind.Timeout)]
    [InlineData(400, """{"error":{"message":"'messages' : property 'messages' is missing"}}""", ModelFailureKind.Configuration)]
    [InlineData(401, "", ModelFailureKind.Configuration)]
    [InlineData(404, "", ModelFailureKind.Configuration)]
    [InlineData(413, "", ModelFailureKind.Configuration)]
    public void Classify_OpenAiClientResultException_ByStatusAndBody(int status, string body, ModelFailureKind kind)
    {
        var failure = ModelFailure.Classify(new ClientResultException("failed", new FakeResponse(status, body)));

        Assert.Equal((kind, status), (failure.Kind, failure.Status!.Value));
    }

    [Fact]
    public void Classify_OpenAi429WithRetryAfter_CarriesTheWait()
    {
        var failure = ModelFailure.Classify(new ClientResultException("429", new FakeResponse(429, "{}", ("retry-after", "50"))));

        Assert.Equal(TimeSpan.FromSeconds(50), failure.RetryAfter);
        Assert.Contains("429", failure.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_OpenAiRetryAfterMs_PreferredToSeconds()
    {
        var failure = ModelFailure.Classify(new ClientResultException("429", new FakeResponse(429, "{}", ("retry-after-ms", "250"), ("retry-after", "1"))));

        Assert.Equal(TimeSpan.FromMilliseconds(250), failure.RetryAfter);
    }

    [Theory]
    [InlineData(429, """{"type":"error","error":{"type":"rate_limit_error","message":"slow"},"tendero_retry_after_ms":7000}""", ModelFailureKind.RateLimited)]
    [InlineData(429, """{"type":"error","error":{"type":"rate_limit_error","message":"limit","details":{"error_code":"enforced_spend_limit_reached"}}}""", ModelFailureKind.SpendLimit)]
    [InlineData(529, """{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}""", ModelFailureKind.Overloaded)]
    [InlineData(500, """{"type":"error","error":{"type":"api_error","message":"Internal server error"}}""", ModelFailureKind.ServerError)]
    [InlineData(400, """{"type":"error","error":{"type":"invalid_request_error","message":"temperature"}}""", ModelFailureKind.Configuration)]
    [InlineData(403, """{"type":"error","error":{"type":"permission_error","message":"no"}}""", ModelFailureKind.Configuration)]
    public void Classify_AnthropicApiException_ByStatusAndBody(int status, string body, ModelFailureKind kind)
    {
        var failure = ModelFailure.Classify(new AnthropicApiException("failed") { StatusCode = (HttpStatusCode)status, ResponseBody = body });

        Assert.Equal((kind, status), (failure.Kind, failure.Status!.Value));
        Assert.Equal(kind == ModelFailureKind.RateLimited ? TimeSpan.FromSeconds(7) : null, failure.RetryAfter);
    }

    [Fact]
    public void Classify_TimeoutsAndConnectionErrors_Timeout()
    {
        Assert.Equal(ModelFailureKind.Timeout, ModelFailure.Classify(new TaskCanceledException("t", new TimeoutException())).Kind);
        Assert.Equal(ModelFailureKind.Timeout, ModelFailure.Classify(new HttpRequestException("refused")).Kind);
        Assert.Equal(ModelFailureKind.Timeout, ModelFailure.Classify(new AnthropicIOException("io", new HttpRequestException("reset"))).Kind);
        Assert.Equal(ModelFailureKind.Timeout, ModelFailure.Classify(new ClientResultException("no response")).Kind);
    }

    [Fact]
    public void TryClassify_CallerCancelled_NotAFailure()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.False(ModelFailure.TryClassify(new OperationCanceledException(cancelled.Token), out _, cancelled.Token));
        Assert.True(ModelFailure.TryClassify(new OperationCanceledException(), out _, CancellationToken.None));
    }

    [Fact]
    public void Classify_UnreadableAnswer_Malformed()
    {
        var error = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Dictionary<string, int>>("""{"intent":"bo"""));

        Assert.Equal(ModelFailureKind.Malformed, ModelFailure.Classify(error).Kind);
        Assert.Equal(ModelFailureKind.Malformed, ModelFailure.Classify(new InvalidOperationException("wrapped", error)).Kind);
    }

    [Fact]
    public void Classify_Bug_NotClassified()
    {
        var bug = new InvalidOperationException("a bug, not a provider answer");

        Assert.False(ModelFailure.TryClassify(bug, out _));
        Assert.Same(bug, Assert.Throws<ArgumentException>(() => ModelFailure.Classify(bug)).InnerException);
    }
}
