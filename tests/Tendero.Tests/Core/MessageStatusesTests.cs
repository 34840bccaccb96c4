using Tendero.Core;

namespace Tendero.Tests.Core;

public sealed class MessageStatusesTests
{
    [Theory]
    [InlineData(MessageStatus.Queued, MessageStatus.Sent)]
    [InlineData(MessageStatus.Sending, MessageStatus.Sent)]
    [InlineData(MessageStatus.Sending, MessageStatus.Delivered)]
    [InlineData(MessageStatus.Sent, MessageStatus.Delivered)]
    [InlineData(MessageStatus.Sent, MessageStatus.Read)]
    [InlineData(MessageStatus.Delivered, MessageStatus.Read)]
    public void CanAdvance_ForwardReport_IsTrue(MessageStatus current, MessageStatus reported) =>
        Assert.True(MessageStatuses.CanAdvance(current, reported));

    [Theory]
    [InlineData(MessageStatus.Read, MessageStatus.Delivered)]
    [InlineData(MessageStatus.Read, MessageStatus.Sent)]
    [InlineData(MessageStatus.Delivered, MessageStatus.Sent)]
    [InlineData(MessageStatus.Sent, MessageStatus.Sent)]
    [InlineData(MessageStatus.Read, MessageStatus.Read)]
    [InlineData(MessageStatus.Failed, MessageStatus.Sent)]
    [InlineData(MessageStatus.Failed, MessageStatus.Delivered)]
    [InlineData(MessageStatus.Failed, MessageStatus.Read)]
    public void CanAdvance_BackwardSameOrAfterFailure_IsFalse(MessageStatus current, MessageStatus reported) =>
        Assert.False(MessageStatuses.CanAdvance(current, reported));

    [Theory]
    [InlineData(MessageStatus.Queued, true)]
    [InlineData(MessageStatus.Sending, true)]
    [InlineData(MessageStatus.Sent, true)]
    [InlineData(MessageStatus.Delivered, false)]
    [InlineData(MessageStatus.Read, false)]
    [InlineData(MessageStatus.Failed, false)]
    [InlineData(MessageStatus.Received, false)]
    public void CanAdvance_ToFailed_OnlyBeforeDelivery(MessageStatus current, bool expected) =>
        Assert.Equal(expected, MessageStatuses.CanAdvance(current, MessageStatus.Failed));

    [Theory]
    [InlineData(MessageStatus.Queued)]
    [InlineData(MessageStatus.Sending)]
    [InlineData(MessageStatus.Received)]
    public void CanAdvance_ReportOfAnInternalStatus_IsFalse(MessageStatus reported) =>
        Assert.False(MessageStatuses.CanAdvance(MessageStatus.Queued, reported));

    // Inbound rows are "received" and a provider report never applies to them. StatusApplier filters on direction = 'out',
    // so this is latent today, but CanAdvance alone answers true because Rank(Received) is -1.
    [Theory]
    [InlineData(MessageStatus.Sent)]
    [InlineData(MessageStatus.Delivered)]
    [InlineData(MessageStatus.Read)]
    public void CanAdvance_FromReceived_IsFalse(MessageStatus reported) =>
        Assert.False(MessageStatuses.CanAdvance(MessageStatus.Received, reported));

    [Theory]
    [InlineData(MessageStatus.Received, "received")]
    [InlineData(MessageStatus.Delivered, "delivered")]
    [InlineData(MessageStatus.Failed, "failed")]
    public void Name_Status_IsLowerCaseAndParsesBack(MessageStatus status, string name)
    {
        Assert.Equal(name, status.Name());
        Assert.Equal(status, MessageStatuses.Parse(name));
    }

    [Fact]
    public void Parse_UnknownName_ThrowsFormatExceptionNamingIt() =>
        Assert.Contains("'deleted'", Assert.Throws<FormatException>(() => MessageStatuses.Parse("deleted")).Message);
}
