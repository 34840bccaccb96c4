using Tendero.Delivery;

namespace Tendero.Tests.Delivery;

public sealed class BackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Cap = TimeSpan.FromMinutes(10);

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(0.999)]
    public void For_FirstAttempt_IsExactlyTheBase(double random) => Assert.Equal(Base, Backoff.For(1, Base, Cap, random));

    [Theory]
    [InlineData(2, 4)]
    [InlineData(3, 8)]
    [InlineData(5, 32)]
    [InlineData(9, 512)]
    public void For_Attempt_SpansBaseToBaseTimesTwoToTheAttemptMinusOne(int attempt, int ceilingSeconds)
    {
        Assert.Equal(Base, Backoff.For(attempt, Base, Cap, 0));
        Assert.Equal(TimeSpan.FromSeconds(ceilingSeconds), Backoff.For(attempt, Base, Cap, 1));
        Assert.Equal(TimeSpan.FromSeconds((2 + ceilingSeconds) / 2.0), Backoff.For(attempt, Base, Cap, 0.5));
    }

    [Fact]
    public void For_EachAttempt_DoublesTheCeilingUntilTheCap()
    {
        var ceilings = Enumerable.Range(1, 12).Select(a => Backoff.For(a, Base, Cap, 1).TotalSeconds).ToList();

        Assert.Equal([2, 4, 8, 16, 32, 64, 128, 256, 512, 600, 600, 600], ceilings);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(31)]
    [InlineData(1000)]
    [InlineData(int.MaxValue)]
    public void For_LateAttempt_NeverExceedsTheCap(int attempt)
    {
        Assert.Equal(Cap, Backoff.For(attempt, Base, Cap, 1));
        Assert.Equal(Base, Backoff.For(attempt, Base, Cap, 0));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void For_AttemptBelowOne_IsTheBase(int attempt) => Assert.Equal(Base, Backoff.For(attempt, Base, Cap, 1));

    [Fact]
    public void For_BaseAboveCap_IsTheCap() =>
        Assert.Equal(TimeSpan.FromSeconds(5), Backoff.For(3, TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(5), 0.3));

    [Fact]
    public void For_RandomSamples_StayWithinTheBounds()
    {
        var random = new Random(1234);
        for (var attempt = 1; attempt <= 15; attempt++)
        {
            var ceiling = TimeSpan.FromTicks(Math.Min(Cap.Ticks, Base.Ticks << (attempt - 1)));
            for (var i = 0; i < 50; i++)
            {
                var wait = Backoff.For(attempt, Base, Cap, random.NextDouble());
                Assert.InRange(wait, Base, ceiling);
            }
        }
    }
}
