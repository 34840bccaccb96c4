using System.Text;
using Tendero.Core;

namespace Tendero.Tests.Core;

public sealed class SmsTransliterationTests
{
    [Theory]
    [InlineData("á", "a")]
    [InlineData("í", "i")]
    [InlineData("ó", "o")]
    [InlineData("ú", "u")]
    [InlineData("Á", "A")]
    [InlineData("Í", "I")]
    [InlineData("Ó", "O")]
    [InlineData("Ú", "U")]
    [InlineData("âêîôû", "aeiou")]
    [InlineData("ãõ", "ao")]
    [InlineData("ç", "Ç")]
    [InlineData("“hola”", "\"hola\"")]
    [InlineData("‘hola’", "'hola'")]
    [InlineData("«hola»", "\"hola\"")]
    [InlineData("10–12 — fin", "10-12 - fin")]
    [InlineData("espere…", "espere...")]
    [InlineData("a\u00A0b\tc\u202Fd", "a b c d")]
    [InlineData("1º y 2ª", "1o y 2a")]
    [InlineData("ﬁn", "fin")]
    [InlineData("a\u0301", "a")]
    [InlineData("`x`", "'x'")]
    [InlineData("Œuvre", "OEuvre")]
    [InlineData("ok 😀👍🏽🇵🇦!", "ok !")]
    [InlineData("\u200Bx\uFE0F", "x")]
    public void ToGsm7_CharacterOutsideGsm7_BecomesClosestForm(string text, string expected) =>
        Assert.Equal(expected, SmsTransliteration.ToGsm7(text));

    [Fact]
    public void ToGsm7_SpanishGsm7Characters_AreKept()
    {
        const string text = "¿Qué tal? ¡Éxito! señor Müller, niño, Ñandú€[]";

        Assert.Equal("¿Qué tal? ¡Éxito! señor Müller, niño, Ñandu€[]", SmsTransliteration.ToGsm7(text));
    }

    [Fact]
    public void ToGsm7_LoneSurrogate_IsDropped() =>
        Assert.Equal("ab", SmsTransliteration.ToGsm7("a\uD83Db"));

    // Letters, symbols and emoji live in the first two planes; this also proves no code point makes normalization throw.
    [Fact]
    public void ToGsm7_EveryCodePointInTheFirstTwoPlanes_GivesGsm7Text()
    {
        for (var c = 0; c <= 0x1FFFF; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            var result = SmsTransliteration.ToGsm7(new Rune(c).ToString());
            Assert.True(SmsText.Measure(result).Encoding == SmsEncoding.Gsm7, $"U+{c:X4} became '{result}'.");
        }
    }
}
