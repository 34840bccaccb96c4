using Tendero.Connectors.EscPos;

namespace Tendero.Tests.Connectors.EscPos;

public sealed class TransliterationTests
{
    [Theory]
    [InlineData("⚠ Piña “colada”", "! Piña \"colada\"")]
    [InlineData("café… — listo", "café... - listo")]
    [InlineData("Łódź, Škoda, Ærø", "Lódz, Skoda, Ærø")]
    [InlineData("Crème brûlée ½", "Crème brûlée ½")]
    [InlineData("ﬁlete ‘al punto’", "filete 'al punto'")]
    [InlineData("sopa 🍜 caliente 🔥", "sopa  caliente ")]
    [InlineData("宫保鸡丁 pollo", " pollo")]
    public void Printable_Cp858_KeepsWhatItHasRewritesTheRest(string text, string expected) =>
        Assert.Equal(expected, PrinterCodePage.Cp858.Printable(text));

    [Fact]
    public void Encode_CharactersOutsideTheTable_NeverBecomeAQuestionMark()
    {
        var bytes = PrinterCodePage.Cp858.Encode("ā ő ş ț ğ ⚠ ✓ → ™ 😀 \u0301 \uFFFF");

        Assert.DoesNotContain((byte)'?', bytes);
        Assert.Equal("a o s t g ! v -> TM   ", System.Text.Encoding.GetEncoding(858).GetString(bytes));
    }

    [Fact]
    public void Printable_Windows1252_HasCurlyQuotesButNotCp858Box()
    {
        Assert.Equal("“sí” €", PrinterCodePage.Windows1252.Printable("“sí” €"));
        Assert.Equal("", PrinterCodePage.Windows1252.Printable("╔"));
    }

    [Fact]
    public void Printable_ControlCharacters_AreDropped() =>
        Assert.Equal("ab c", PrinterCodePage.Cp858.Printable("a\u001Bb\tc\u0007"));
}
