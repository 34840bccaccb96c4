using Tendero.Ai;
using Tendero.Ai.Offline;

namespace Tendero.Tests.Ai.Offline;

public sealed class TrainingSetTests
{
    [Fact]
    public void Load_EmbeddedFiles_CoverEveryIntentInBothLanguages()
    {
        var examples = TrainingSet.Load();

        foreach (var language in new[] { "es", "en" })
        {
            Assert.All(Intents.All, intent => Assert.InRange(examples.Count(e => e.Language == language && e.Intent == intent), 30, 100));
        }
    }

    [Fact]
    public void Parse_UnknownIntent_NamesTheLine()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TrainingSet.Parse("# comment\ngreeting\thola\nbooking\tmesa", "es", "es.tsv").ToList());

        Assert.Contains("es.tsv line 3", error.Message);
    }
}
