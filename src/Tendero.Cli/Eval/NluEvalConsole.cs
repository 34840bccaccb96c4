using Spectre.Console;
using Tendero.Ai;
using Tendero.Ai.Eval;
using static Tendero.Cli.Eval.NluEvalText;

namespace Tendero.Cli.Eval;

/// <summary>Where <c>tendero eval nlu</c> writes: the report to one console, progress, notes and refusals to the other (stderr).</summary>
internal sealed class NluEvalConsole(IAnsiConsole output, IAnsiConsole errors)
{
    /// <summary>How many misclassified cases the report lists.</summary>
    public const int Misses = 15;

    public IAnsiConsole Errors => errors;

    public void Error(string text) => errors.MarkupLine($"[red]{Markup.Escape(text)}[/]");

    public void Note(string text) => errors.MarkupLine($"[yellow]{Markup.Escape(text)}[/]");

    public void ReadProblems(string file, IReadOnlyList<NluReadError> problems)
    {
        foreach (var problem in problems)
        {
            Note($"{file}: {problem}");
        }
    }

    /// <summary>Straight to the writer: Spectre would wrap long lines, and a line break inside a JSON string breaks the JSON.</summary>
    public void Json(NluEvalReport report) => output.Profile.Out.Writer.WriteLine(NluEvalJson.Write(report, Misses));

    public void Tables(NluEvalReport report)
    {
        var score = report.Score;
        output.WriteLine($"NLU eval of {report.File} for {report.Business}, tier {report.Tier}: {score.Total} cases"
            + (report.SkippedLines > 0 ? $" ({BadLines(report.SkippedLines)} skipped)" : ""));
        var summary = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        foreach (var (name, value) in new[]
        {
            ("intent accuracy", $"{Percent(score.IntentAccuracy)} ({Count(score.IntentCorrect)}/{Count(score.Total)})"),
            ("slots micro F1", Ratio(score.Micro.F1)),
            ("tier mix", string.Join(", ", Enum.GetValues<ModelTier>().Select(t => $"{t.Name()} {Count(report.TierMix[t])} ({Percent(report.Share(t))})"))),
            ("model cost", Cost(report.Costs)),
            ("model calls", Count(report.Calls) + (report.FailedCalls > 0 ? $" ({Count(report.FailedCalls)} failed)" : "")),
            ("latency p50 / p95", $"{Ms(report.P50Ms)} / {Ms(report.P95Ms)}"),
        })
        {
            summary.AddRow(Markup.Escape(name), Markup.Escape(value));
        }
        output.Write(summary);
        output.Write(Intents(score));
        output.Write(Slots(score));
        if (report.Misses.Count > 0)
        {
            output.Write(Missed(report));
        }
    }

    private static Table Intents(NluScore score)
    {
        var table = new Table().Title("Intents").AddColumn("intent").AddColumns(new[] { "count", "correct", "accuracy" }.Select(Right).ToArray());
        foreach (var (intent, s) in score.PerIntent.Where(i => i.Value.Count > 0).OrderBy(i => i.Key, StringComparer.Ordinal))
        {
            table.AddRow(Markup.Escape(intent), Count(s.Count), Count(s.Correct), Percent(s.Accuracy));
        }
        return table;
    }

    private static Table Slots(NluScore score)
    {
        var table = new Table().Title("Slots").AddColumn("slot").AddColumns(new[] { "precision", "recall", "F1", "tp", "fp", "fn" }.Select(Right).ToArray());
        foreach (var (slot, s) in score.PerSlot.Append(KeyValuePair.Create("micro", score.Micro)))
        {
            table.AddRow(slot, Ratio(s.Precision), Ratio(s.Recall), Ratio(s.F1), Count(s.TruePositives), Count(s.FalsePositives), Count(s.FalseNegatives));
        }
        return table;
    }

    private static Table Missed(NluEvalReport report)
    {
        var more = report.Misses.Count - Misses;
        var table = new Table().Title($"Misclassified ({Count(report.Misses.Count)})").AddColumn(Right("line")).AddColumn("text")
            .AddColumn(new TableColumn("expected → got").NoWrap()).AddColumn("tier");
        foreach (var m in report.Misses.Take(Misses))
        {
            // Texts come from people and may hold [brackets], which Spectre would read as markup.
            table.AddRow(Count(m.Line), Markup.Escape(m.Text), Markup.Escape($"{m.Expected} → {m.Got}"), m.Tier.Name());
        }
        if (more > 0)
        {
            table.Caption($"and {Count(more)} more");
        }
        return table;
    }

    private static TableColumn Right(string header) => new TableColumn(header).RightAligned();
}
