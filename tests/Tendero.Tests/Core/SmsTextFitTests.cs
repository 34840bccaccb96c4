using System.Globalization;
using System.Text;
using Tendero.Core;

namespace Tendero.Tests.Core;

public sealed class SmsTextFitTests
{
    [Fact]
    public void Fit_TextThatFits_IsReturnedUnchanged()
    {
        var text = "Su cita es mañana a las 10:30. ¿Confirma? Responda SÍ o NO.";

        var fit = SmsText.Fit(text, 1, transliterate: true);

        Assert.Same(text, fit.Text);
        Assert.False(fit.Transliterated);
        Assert.False(fit.Truncated);
        Assert.Equal(SmsText.Measure(text), fit.Measure);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Fit_MaxSegmentsBelowOne_Throws(int max) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SmsText.Fit("hola", max, transliterate: false));

    [Fact]
    public void Fit_Ucs2TooLongWithTransliterate_BecomesGsm7WithoutCutting()
    {
        var text = "Información: su sesión del jueves está confirmada. Dirección: Vía España, edificio Torre Ámbar, piso 3. Gracias 🙏";

        var fit = SmsText.Fit(text, 1, transliterate: true);

        Assert.Equal("Informacion: su sesion del jueves esta confirmada. Direccion: Via España, edificio Torre Ambar, piso 3. Gracias ", fit.Text);
        Assert.Equal(SmsEncoding.Gsm7, fit.Measure.Encoding);
        Assert.Equal(1, fit.Measure.Segments);
        Assert.True(fit.Transliterated);
        Assert.False(fit.Truncated);
    }

    [Fact]
    public void Fit_Ucs2TooLongWithoutTransliterate_CutsToSeventyWithUnicodeEllipsis()
    {
        var fit = SmsText.Fit(new string('á', 100), 1, transliterate: false);

        Assert.Equal(new string('á', 69) + "…", fit.Text);
        Assert.Equal(new SmsMeasure(SmsEncoding.Ucs2, 70, 1), fit.Measure);
        Assert.False(fit.Transliterated);
        Assert.True(fit.Truncated);
    }

    [Theory]
    [InlineData(1, 157)]
    [InlineData(2, 303)]
    [InlineData(3, 456)]
    public void Fit_Gsm7TooLong_CutsExactlyToTheLastSegmentWithDots(int max, int kept)
    {
        var fit = SmsText.Fit(new string('a', 1000), max, transliterate: true);

        Assert.Equal(new string('a', kept) + "...", fit.Text);
        Assert.Equal(max, fit.Measure.Segments);
        Assert.False(fit.Transliterated);
        Assert.True(fit.Truncated);
    }

    [Fact]
    public void Fit_TransliteratedButStillTooLong_CutsWithDots()
    {
        var fit = SmsText.Fit(string.Concat(Enumerable.Repeat("acción ", 40)), 1, transliterate: true);

        Assert.StartsWith("accion accion ", fit.Text);
        Assert.EndsWith("...", fit.Text);
        Assert.Equal(new SmsMeasure(SmsEncoding.Gsm7, 160, 1), fit.Measure);
        Assert.True(fit.Transliterated);
        Assert.True(fit.Truncated);
    }

    [Fact]
    public void Fit_CutAtSurrogatePair_DropsTheWholeEmoji()
    {
        // 68 + 2 units fills 70, leaving no room for "…": the emoji goes whole, never half.
        var fit = SmsText.Fit(new string('á', 68) + "😀" + new string('á', 10), 1, transliterate: false);

        Assert.Equal(new string('á', 68) + "…", fit.Text);
    }

    [Fact]
    public void Fit_CutInsideEmojiWithSkinTone_DropsTheWholeCluster()
    {
        // 👍 fits before the cut but its skin-tone modifier does not: both go, so no bare thumb is left.
        var fit = SmsText.Fit(new string('á', 66) + "👍🏽" + new string('á', 10), 1, transliterate: false);

        Assert.Equal(new string('á', 66) + "…", fit.Text);
    }

    [Fact]
    public void Fit_CutBeforeExtensionCharacter_LeavesRoomForDots()
    {
        // 156 + € (2) + "..." (3) = 161: the € goes, and the result is 159 septets.
        var fit = SmsText.Fit(new string('a', 156) + "€" + new string('a', 10), 1, transliterate: false);

        Assert.Equal(new string('a', 156) + "...", fit.Text);
        Assert.Equal(159, fit.Measure.Units);
    }

    [Fact]
    public void Fit_ManyMixedTexts_NeverExceedMaxAndKeepEveryPossibleCharacter()
    {
        var random = new Random(7);
        string[] pieces = ["a", "é", "€", "[", "á", "😀", "ñ", " ", "👍🏽", "\n"];
        for (var round = 0; round < 300; round++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 250);
            for (var i = 0; i < length; i++)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            var max = random.Next(1, 4);
            var fit = SmsText.Fit(text.ToString(), max, transliterate: random.Next(2) == 0);

            Assert.True(fit.Measure.Segments <= max, $"'{fit.Text}' is {fit.Measure.Segments} segments, max {max}.");
            Assert.Equal(SmsText.Measure(fit.Text), fit.Measure);
            Assert.DoesNotContain(fit.Text.EnumerateRunes(), r => r == Rune.ReplacementChar);
            if (fit.Truncated)
            {
                AssertNothingMoreFits(fit.Transliterated ? SmsTransliteration.ToGsm7(text.ToString()) : text.ToString(), fit, max);
            }
        }
    }

    // The cut keeps a prefix of the source, and putting back its next whole character must overflow, or the cut was too eager.
    private static void AssertNothingMoreFits(string source, SmsFit fit, int max)
    {
        var ellipsis = fit.Measure.Encoding == SmsEncoding.Gsm7 ? "..." : "…";
        Assert.EndsWith(ellipsis, fit.Text);
        var kept = fit.Text[..^ellipsis.Length];
        Assert.StartsWith(kept, source, StringComparison.Ordinal);
        var longer = kept + StringInfo.GetNextTextElement(source, kept.Length) + ellipsis;
        Assert.True(SmsText.Measure(longer).Segments > max, $"'{longer}' would still fit in {max}.");
    }
}
