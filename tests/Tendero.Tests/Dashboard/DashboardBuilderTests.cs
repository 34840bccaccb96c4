using Tendero.Dashboard;

namespace Tendero.Tests.Dashboard;

public sealed class DashboardBuilderTests
{
    [Fact]
    public void Percentiles_NoReplies_AreNull() =>
        Assert.Equal(new ResponseTimes(0, null, null), DashboardBuilder.Percentiles([]));

    [Fact]
    public void Percentiles_TwentyReplies_TakeTheNearestRank()
    {
        var millis = Enumerable.Range(1, 20).Select(i => i * 1000L).Reverse().ToList();
        Assert.Equal(new ResponseTimes(20, 10.0, 19.0), DashboardBuilder.Percentiles(millis));
    }

    [Fact]
    public void Percentiles_ReplyBeforeItsMessage_CountsAsZero() =>
        Assert.Equal(new ResponseTimes(1, 0.0, 0.0), DashboardBuilder.Percentiles([-500]));

    [Fact]
    public void StartOf_DayAfterClocksChange_UsesThatMidnightsOffset()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        Assert.Equal(new DateTimeOffset(2026, 3, 8, 5, 0, 0, TimeSpan.Zero), DashboardBuilder.StartOf(new DateOnly(2026, 3, 8), zone));
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 4, 0, 0, TimeSpan.Zero), DashboardBuilder.StartOf(new DateOnly(2026, 3, 9), zone));
    }
}
