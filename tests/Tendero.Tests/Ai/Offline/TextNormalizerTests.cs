using Tendero.Ai.Offline;

namespace Tendero.Tests.Ai.Offline;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Mesa xfa", "mesa por favor")]
    [InlineData("q tal, mñn porfa", "que tal, manana por favor")]
    [InlineData("pa 4 tmb", "para 4 tambien")]
    [InlineData("holaaaa", "hola")]
    [InlineData("table 2nite pls", "table tonight please")]
    [InlineData("tmrw 4 ppl", "tomorrow 4 people")]
    [InlineData("CAFÉ Ñandú", "cafe nandu")]
    [InlineData("ok 👍", "ok emojiok")]
    public void Normalize_ChatText_IsSpelledOut(string text, string normal) =>
        Assert.Equal(normal, TextNormalizer.Normalize(text));

    [Fact]
    public void ForClassifier_Numbers_AreAllTheSame() =>
        Assert.Equal(TextNormalizer.ForClassifier("mesa para 4"), TextNormalizer.ForClassifier("mesa para 12"));
}
