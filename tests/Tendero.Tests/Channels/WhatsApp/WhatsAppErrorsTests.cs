using Tendero.Channels.WhatsApp;
using Tendero.Core;

namespace Tendero.Tests.Channels.WhatsApp;

/// <summary>Graph API errors are classified on error.code (REFERENCE.md §1.2), the HTTP status only breaking ties for unknown codes.</summary>
public sealed class WhatsAppErrorsTests
{
    private static SendResult Classify(int code, int httpStatus, string? details = null) =>
        WhatsAppErrors.Classify(new WhatsAppError($"(#{code}) message", "OAuthException", code,
            details is null ? null : new WhatsAppErrorData(details), "Az8or2yhqkZfEZ-_4Qn_Bam"), httpStatus);

    [Theory]
    [InlineData(130429, 400, 1)]
    [InlineData(130429, 429, 1)]
    [InlineData(131056, 400, 4)]
    [InlineData(4, 400, 1)]
    [InlineData(80007, 400, 1)]
    public void Classify_RateLimit_IsThrottledRetryWithAWait(int code, int httpStatus, int seconds)
    {
        var retry = Assert.IsType<SendResult.Retry>(Classify(code, httpStatus));

        Assert.Equal((code.ToString(), true, TimeSpan.FromSeconds(seconds)), (retry.Code, retry.Throttled, retry.After));
    }

    [Fact]
    public void Classify_Maintenance131057_RetriesAfterAMinuteUsingAnAttempt()
    {
        var retry = Assert.IsType<SendResult.Retry>(Classify(131057, 400));

        Assert.Equal((TimeSpan.FromMinutes(1), false), (retry.After, retry.Throttled));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(131000)]
    public void Classify_TransientGraphError_IsPlainRetry(int code)
    {
        var retry = Assert.IsType<SendResult.Retry>(Classify(code, 400));

        Assert.Equal((code.ToString(), false, null), (retry.Code, retry.Throttled, retry.After));
    }

    [Fact]
    public void Classify_WindowClosed131047_IsRejectedNamingThe24HourWindow()
    {
        var rejected = Assert.IsType<SendResult.Rejected>(Classify(131047, 400, "more than 24 hours have passed"));

        Assert.Equal("131047", rejected.Code);
        Assert.Contains("24-hour", rejected.Reason);
        Assert.Contains("template", rejected.Reason);
        Assert.EndsWith("(#131047) message: more than 24 hours have passed", rejected.Reason);
    }

    [Fact]
    public void Classify_Undeliverable131026_IsRejected() =>
        Assert.Equal("131026", Assert.IsType<SendResult.Rejected>(Classify(131026, 400)).Code);

    [Theory]
    [InlineData(401)]
    [InlineData(400)]
    public void Classify_ExpiredToken190_IsRejectedMentioningTheToken(int httpStatus) =>
        Assert.Contains("access token", Assert.IsType<SendResult.Rejected>(Classify(190, httpStatus)).Reason);

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(429)]
    public void Classify_UnknownCodeWithServerErrorOr429_IsRetry(int httpStatus) =>
        Assert.Equal("999", Assert.IsType<SendResult.Retry>(Classify(999, httpStatus)).Code);

    [Theory]
    [InlineData(400)]
    [InlineData(404)]
    public void Classify_UnknownCodeWithClientError_IsRejected(int httpStatus) =>
        Assert.Equal("999", Assert.IsType<SendResult.Rejected>(Classify(999, httpStatus)).Code);

    [Fact]
    public void Classify_NoMessageOrDetails_StillGivesAReason() =>
        Assert.Equal("no reason given", Assert.IsType<SendResult.Rejected>(
            WhatsAppErrors.Classify(new WhatsAppError(null, null, 100, null, null), 400)).Reason);

    // REFERENCE.md §1.2: "classify on error.code, never on HTTP status" and these codes are permanent. Classify names none
    // of them, so they fall to the HTTP-status rule: a 5xx carrying one is retried up to MaxAttempts times.
    [Theory]
    [InlineData(131026)]
    [InlineData(131048)]
    [InlineData(131049)]
    [InlineData(368)]
    public void Classify_PermanentCodeWithServerError_IsRejected(int code) =>
        Assert.IsType<SendResult.Rejected>(Classify(code, 500));

    [Theory]
    [InlineData(132000, 400)]
    [InlineData(132001, 404)]
    [InlineData(132005, 400)]
    [InlineData(132007, 400)]
    [InlineData(132012, 400)]
    [InlineData(132015, 400)]
    [InlineData(132016, 500)]
    public void Classify_TemplateError_IsRejectedNamingTheTemplateAndLanguage(int code, int httpStatus)
    {
        var template = new TemplateSend("stock_alert", "es", ["arroz"]);

        var rejected = Assert.IsType<SendResult.Rejected>(WhatsAppErrors.Classify(
            new WhatsAppError($"(#{code}) message", "OAuthException", code, null, null), httpStatus, template));

        Assert.Equal(code.ToString(), rejected.Code);
        Assert.Contains("stock_alert", rejected.Reason);
        Assert.Contains("language es", rejected.Reason);
        Assert.EndsWith($"(#{code}) message", rejected.Reason);
    }

    [Fact]
    public void Classify_ParameterCountMismatch_SaysHowManyWereSent() =>
        Assert.Equal(
            "The template stock_alert in language es expects a different number of parameters than the 1 sent: make the parameters in whatsapp_templates in the business file match its placeholders ({{1}}, {{2}}, …). x",
            Assert.IsType<SendResult.Rejected>(WhatsAppErrors.Classify(new WhatsAppError("x", null, 132000, null, null), 400,
                new TemplateSend("stock_alert", "es", ["arroz"]))).Reason);

    [Fact]
    public void Classify_TemplateErrorWithoutTheTemplate_StillRejectsWithAReason() =>
        Assert.StartsWith("Meta paused the template for low quality",
            Assert.IsType<SendResult.Rejected>(Classify(132015, 500)).Reason);
}
