using Tendero.Core;

namespace Tendero.Tests.Core;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("0.0079", 7_900)]
    [InlineData("12", 12_000_000)]
    [InlineData("0", 0)]
    [InlineData("1.5", 1_500_000)]
    [InlineData(" 0.000001 ", 1)]
    [InlineData("0.1", 100_000)]
    [InlineData(".25", 250_000)]
    [InlineData("0.1000000", 100_000)]
    [InlineData("9223372036854.775807", long.MaxValue)]
    public void TryParseAmount_PersonWrittenDecimal_GivesExactMicros(string text, long expected)
    {
        Assert.True(Money.TryParseAmount(text, out var micros, out var error), error);
        Assert.Equal(expected, micros);
        Assert.Equal("", error);
    }

    [Theory]
    [InlineData("-1", "negative")]
    [InlineData("-0.5", "negative")]
    [InlineData("0.0000001", "more than 6 decimal places")]
    [InlineData("0.00790001", "more than 6 decimal places")]
    [InlineData("0,0079", "dot")]
    [InlineData("abc", "not an amount")]
    [InlineData("", "not an amount")]
    [InlineData(null, "not an amount")]
    [InlineData("1e3", "not an amount")]
    [InlineData("1,000.50", "not an amount")]
    [InlineData("$5", "not an amount")]
    [InlineData("NaN", "not an amount")]
    [InlineData("9223372036854.775808", "too large")]
    [InlineData("79228162514264337593543950335", "too large")]
    public void TryParseAmount_BadText_FailsWithSentence(string? text, string reason)
    {
        Assert.False(Money.TryParseAmount(text, out var micros, out var error));
        Assert.Equal(0, micros);
        Assert.Contains(reason, error);
    }

    [Theory]
    [InlineData(7_900, "USD 0.0079")]
    [InlineData(1_500_000, "USD 1.50")]
    [InlineData(0, "USD 0.00")]
    [InlineData(1, "USD 0.000001")]
    [InlineData(12_000_000, "USD 12.00")]
    [InlineData(12_345_678, "USD 12.345678")]
    [InlineData(-1_500_000, "USD -1.50")]
    [InlineData(long.MinValue, "USD -9223372036854.775808")]
    public void Format_Micros_TrimsZerosButKeepsTwoDecimals(long micros, string expected) =>
        Assert.Equal(expected, new Money(micros, "USD").Format());

    [Theory]
    [InlineData("USD", true)]
    [InlineData("PAB", true)]
    [InlineData("usd", false)]
    [InlineData("US", false)]
    [InlineData("USDT", false)]
    [InlineData("U$D", false)]
    [InlineData("ÜSD", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsCurrency_Code_IsThreeUpperCaseLetters(string? code, bool expected) =>
        Assert.Equal(expected, Money.IsCurrency(code));

    [Fact]
    public void Constructor_BadCurrency_Throws() =>
        Assert.Throws<ArgumentException>(() => new Money(1, "usd"));

    [Fact]
    public void Times_Units_MultipliesExactly() =>
        Assert.Equal(new Money(7_900_000_000, "USD"), new Money(7_900, "USD").Times(1_000_000));

    [Fact]
    public void Times_Overflow_Throws() =>
        Assert.Throws<OverflowException>(() => new Money(long.MaxValue / 2 + 1, "USD").Times(2));

    [Fact]
    public void Plus_SameCurrency_Adds() =>
        Assert.Equal(new Money(1_507_900, "USD"), new Money(1_500_000, "USD").Plus(new Money(7_900, "USD")));

    [Fact]
    public void Plus_OtherCurrency_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new Money(1, "USD").Plus(new Money(1, "EUR")));

        Assert.Contains("EUR", error.Message);
    }

    [Fact]
    public void Plus_Overflow_Throws() =>
        Assert.Throws<OverflowException>(() => new Money(long.MaxValue, "USD").Plus(new Money(1, "USD")));
}
