using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Tendero.Ai.Tiers;

namespace Tendero.Tests.Ai.Tiers;

public sealed class RetryAfterCaptureTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SendAsync_429WithRetryAfterSeconds_CopiesMillisecondsIntoBody()
    {
        var body = await SendAsync(429, """{"type":"error","error":{"type":"rate_limit_error","message":"slow down"}}""", ("retry-after", "12"));

        using var json = JsonDocument.Parse(body);
        Assert.Equal(12_000, json.RootElement.GetProperty(RetryAfterCapture.Field).GetInt64());
        Assert.Equal("rate_limit_error", json.RootElement.GetProperty("error").GetProperty("type").GetString());
    }

    [Fact]
    public async Task SendAsync_RetryAfterMsAndHttpDate_MsWinsThenDateCountsFromTheClock()
    {
        var ms = await SendAsync(429, "{}", ("retry-after-ms", "1500"), ("retry-after", "30"));
        var date = await SendAsync(529, "{}", ("retry-after", Now.AddSeconds(40).ToString("R")));

        Assert.Equal(1_500, JsonDocument.Parse(ms).RootElement.GetProperty(RetryAfterCapture.Field).GetInt64());
        Assert.Equal(40_000, JsonDocument.Parse(date).RootElement.GetProperty(RetryAfterCapture.Field).GetInt64());
    }

    [Theory]
    [InlineData(200, """{"ok":true}""", true)]
    [InlineData(429, "<html>busy</html>", true)]
    [InlineData(500, """{"type":"error"}""", false)]
    public async Task SendAsync_SuccessNonJsonOrNoHeader_BodyUnchanged(int status, string original, bool withHeader)
    {
        var body = withHeader ? await SendAsync(status, original, ("retry-after", "5")) : await SendAsync(status, original);

        Assert.Equal(original, body);
    }

    private static async Task<string> SendAsync(int status, string body, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        using var invoker = new HttpMessageInvoker(new RetryAfterCapture(new FakeTimeProvider(Now)) { InnerHandler = new Fixed(response) });
        using var answer = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Post, "http://claude.test/v1/messages"), CancellationToken.None);
        return await answer.Content.ReadAsStringAsync();
    }

    private sealed class Fixed(HttpResponseMessage response) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => Task.FromResult(response);
    }
}
