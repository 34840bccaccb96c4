using Tendero.Api;

namespace Tendero.Tests.Api;

public sealed class StatusDeadSectionTests
{
    [Theory]
    [InlineData("To number: +50720001111, is not a mobile number", "To number: [number hidden], is not a mobile number")]
    [InlineData("The 'To' number +507 6000-1111 is a landline", "The 'To' number [number hidden] is a landline")]
    [InlineData("chat 987654321 not found", "chat [number hidden] not found")]
    [InlineData("group moved to -1001234567890", "group moved to -[number hidden]")]
    public void Redact_ReasonWithPhoneOrChatId_HidesTheNumber(string reason, string shown) =>
        Assert.Equal(shown, StatusDeadSection.Redact(reason));

    [Theory]
    [InlineData("gave up after 8 attempts: 503 Service Unavailable")]
    [InlineData("(https://www.twilio.com/docs/errors/21614)")]
    [InlineData("Re-engagement message")]
    public void Redact_ReasonWithShortNumbers_LeftAsIs(string reason) =>
        Assert.Equal(reason, StatusDeadSection.Redact(reason));
}
