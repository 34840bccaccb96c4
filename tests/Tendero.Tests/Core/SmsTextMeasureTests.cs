using Tendero.Core;

namespace Tendero.Tests.Core;

/// <summary>Segment arithmetic from REFERENCE §3.4: GSM-7 160 / 153, UCS-2 70 / 67, escape and surrogate pairs never split.</summary>
public sealed class SmsTextMeasureTests
{
    // Written out from the GSM 03.38 table independently of the production constant.
    private const string BasicSet =
        "@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà\n\r";

    [Fact]
    public void Measure_Empty_IsOneGsm7SegmentOfNoUnits() =>
        Assert.Equal(new SmsMeasure(SmsEncoding.Gsm7, 0, 1), SmsText.Measure(""));

    [Fact]
    public void Measure_WholeBasicSet_IsGsm7AtOneSeptetEach() =>
        Assert.Equal(new SmsMeasure(SmsEncoding.Gsm7, BasicSet.Length, 1), SmsText.Measure(BasicSet));

    [Theory]
    [InlineData("^")]
    [InlineData("{")]
    [InlineData("}")]
    [InlineData("\\")]
    [InlineData("[")]
    [InlineData("~")]
    [InlineData("]")]
    [InlineData("|")]
    [InlineData("€")]
    [InlineData("\f")]
    public void Measure_ExtensionCharacter_CostsTwoSeptets(string c) =>
        Assert.Equal(new SmsMeasure(SmsEncoding.Gsm7, 2, 1), SmsText.Measure(c));

    [Theory]
    [InlineData("á")]
    [InlineData("í")]
    [InlineData("ó")]
    [InlineData("ú")]
    [InlineData("\t")]
    [InlineData("`")]
    [InlineData("ç")]
    [InlineData("“")]
    public void Measure_CharacterOutsideGsm7_MakesUcs2(string c) =>
        Assert.Equal(SmsEncoding.Ucs2, SmsText.Measure("Hola " + c).Encoding);

    [Fact]
    public void Measure_SpanishWithoutAcuteVowels_StaysGsm7() =>
        Assert.Equal(new SmsMeasure(SmsEncoding.Gsm7, 37, 1), SmsText.Measure("¿Qué tal, señor Müller? ¡Éxito, niño!"));

    [Theory]
    [InlineData('a', 160, 1)]
    [InlineData('a', 161, 2)]
    [InlineData('a', 306, 2)]
    [InlineData('a', 307, 3)]
    [InlineData('a', 459, 3)]
    [InlineData('a', 460, 4)]
    [InlineData('á', 70, 1)]
    [InlineData('á', 71, 2)]
    [InlineData('á', 134, 2)]
    [InlineData('á', 135, 3)]
    public void Measure_RepeatedCharacter_GivesSegments(char c, int length, int segments) =>
        Assert.Equal(segments, SmsText.Measure(new string(c, length)).Segments);

    [Fact]
    public void Measure_ExtensionCharacterPastOneSegment_NeedsTwo() =>
        Assert.Equal(new SmsMeasure(SmsEncoding.Gsm7, 161, 2), SmsText.Measure(new string('a', 159) + "€"));

    [Fact]
    public void Measure_EscapePairAtPartBoundary_MovesWholeToNextPart()
    {
        // 306 septets would be two parts of 153, but the € cannot straddle parts: 152 | € + 151 | 1.
        var measure = SmsText.Measure(new string('a', 152) + "€" + new string('a', 152));

        Assert.Equal(new SmsMeasure(SmsEncoding.Gsm7, 306, 3), measure);
    }

    [Fact]
    public void Measure_Emoji_IsTwoUcs2Units() =>
        Assert.Equal(new SmsMeasure(SmsEncoding.Ucs2, 2, 1), SmsText.Measure("😀"));

    [Fact]
    public void Measure_SurrogatePairAtPartBoundary_MovesWholeToNextPart()
    {
        // 134 units would be two parts of 67, but the emoji cannot straddle parts: 66 | 😀 + 65 | 1.
        var measure = SmsText.Measure(new string('á', 66) + "😀" + new string('á', 66));

        Assert.Equal(new SmsMeasure(SmsEncoding.Ucs2, 134, 3), measure);
    }

    [Fact]
    public void Measure_SeventyUnitsWithEmoji_StaysOneSegment() =>
        Assert.Equal(new SmsMeasure(SmsEncoding.Ucs2, 70, 1), SmsText.Measure(new string('á', 68) + "😀"));

    [Fact]
    public void Measure_Null_Throws() => Assert.Throws<ArgumentNullException>(() => SmsText.Measure(null!));
}
