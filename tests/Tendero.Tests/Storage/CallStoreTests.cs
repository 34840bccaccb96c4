using Tendero.Storage;

namespace Tendero.Tests.Storage;

public sealed class CallStoreTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(60, 1)]
    [InlineData(61, 2)]
    [InlineData(125, 3)]
    public void Minutes_CallLength_RoundsUpToWholeMinutesAtLeastOne(int seconds, long minutes) =>
        Assert.Equal(minutes, CallStore.Minutes(seconds));
}
