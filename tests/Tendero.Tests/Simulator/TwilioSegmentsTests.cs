using Tendero.Simulator.Twilio;

namespace Tendero.Tests.Simulator;

/// <summary>Segment counts from REFERENCE §3.4.</summary>
public sealed class TwilioSegmentsTests
{
    [Theory]
    [InlineData('a', 160, 1)]
    [InlineData('a', 161, 2)]
    [InlineData('a', 306, 2)]
    [InlineData('a', 307, 3)]
    [InlineData('á', 70, 1)]
    [InlineData('á', 71, 2)]
    [InlineData('á', 134, 2)]
    [InlineData('á', 135, 3)]
    [InlineData('é', 160, 1)]
    [InlineData('ñ', 161, 2)]
    public void Count_RepeatedCharacter_GivesSegments(char c, int length, int segments) =>
        Assert.Equal(segments, TwilioSegments.Count(new string(c, length)));

    [Fact]
    public void Count_OneNonGsmCharacter_MakesWholeMessageUcs2() =>
        Assert.Equal(2, TwilioSegments.Count(new string('a', 70) + "í"));

    [Fact]
    public void Count_ExtensionCharacters_CostTwoSeptets() =>
        Assert.Equal(2, TwilioSegments.Count(new string('a', 159) + "€"));

    [Fact]
    public void Count_EscapeOnASegmentBoundary_IsNotSplit() =>
        Assert.Equal(3, TwilioSegments.Count(new string('a', 152) + "€" + new string('a', 152)));

    [Fact]
    public void Count_EmojiOnASegmentBoundary_IsNotSplit() =>
        Assert.Equal(3, TwilioSegments.Count(new string('b', 66) + "😀" + new string('b', 66)));

    [Theory]
    [InlineData("Atención: la cámara fría está fallando otra vez. ")]
    [InlineData("Pedido listo {mesa 4} [pagado] ~ gracias! ")]
    public void Count_AgreesWithTenderosOwnCount(string unit)
    {
        for (var repeat = 1; repeat < 12; repeat++)
        {
            var text = string.Concat(Enumerable.Repeat(unit, repeat));
            Assert.Equal(Tendero.Core.SmsText.Measure(text).Segments, TwilioSegments.Count(text));
        }
    }
}
