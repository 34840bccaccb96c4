using System.CommandLine;
using System.Text.Json;
using Tendero.Cli;
using Tendero.IntegrationTests.Support;

namespace Tendero.IntegrationTests.Commands;

/// <summary>
/// <c>tendero eval nlu</c> run in-process on small temporary sets, with an empty environment so that no model key on the
/// machine running the tests changes what they see. --simulate starts the provider simulator in the same process.
/// </summary>
public sealed class EvalCommandTests : IDisposable
{
    // Line 3 is bad (an intent that does not exist); the others the offline tier reads right.
    private static readonly string[] Lines =
    [
        """{"text": "Hola, buenas tardes", "lang": "es", "now": "2026-11-26T10:00:00-05:00", "intent": "greeting"}""",
        """{"text": "Quiero reservar una mesa para 4 mañana a las 8 de la noche", "lang": "es", "now": "2026-11-26T10:00:00-05:00", "intent": "reservation.create", "slots": {"date": "2026-11-27", "time": "20:00", "party_size": 4}}""",
        """{"text": "hola", "lang": "es", "now": "2026-11-26T10:00:00-05:00", "intent": "reservation.teleport"}""",
        """{"text": "muchas gracias!", "lang": "es", "now": "2026-11-26T10:00:00-05:00", "intent": "thanks"}""",
    ];

    private readonly StringWriter output = new();
    private readonly StringWriter errors = new();
    private readonly string folder = Directory.CreateTempSubdirectory("tendero-eval-").FullName;

    public void Dispose()
    {
        output.Dispose();
        errors.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task EvalNlu_OfflineWithABadLine_ReportsAccuracyPerIntentAndTheBadLine()
    {
        Assert.Equal(0, await RunAsync(Set(Lines), "--tier", "offline"));
        var text = output.ToString();
        Assert.Matches(@"intent accuracy\s+100\.0% \(3/3\)", text);
        Assert.Matches(@"reservation\.create\s+│\s+1\s+│\s+1\s+│\s+100\.0%", text);
        Assert.Matches(@"tier mix\s+offline 3 \(100\.0%\)", text);
        Assert.Contains("(1 bad line skipped)", text, StringComparison.Ordinal);
        Assert.Contains("line 3: unknown intent \"reservation.teleport\"", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("1 bad line skipped; evaluating the 3 valid cases.", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalNlu_Json_ParsesWithScoresTierMixCostAndLatency()
    {
        Assert.Equal(0, await RunAsync(Set(Lines), "--tier", "offline", "--json"));
        using var json = JsonDocument.Parse(output.ToString());
        var root = json.RootElement;
        Assert.Equal(1.0, root.GetProperty("intent_accuracy").GetDouble());
        Assert.Equal(1.0, root.GetProperty("slots").GetProperty("micro").GetProperty("f1").GetDouble());
        Assert.Equal(3, root.GetProperty("slots").GetProperty("micro").GetProperty("tp").GetInt32());
        Assert.Equal(1.0, root.GetProperty("tier_mix").GetProperty("offline").GetProperty("share").GetDouble());
        Assert.Equal(0, root.GetProperty("cost_micros").GetInt64());
        Assert.Equal(3, root.GetProperty("model_calls").GetInt32());
        Assert.Equal(1, root.GetProperty("skipped_lines").GetInt32());
        var latency = root.GetProperty("latency_ms");
        Assert.InRange(latency.GetProperty("p50").GetDouble(), 0, latency.GetProperty("p95").GetDouble());
    }

    [Fact]
    public async Task EvalNlu_ForcedFastWithoutKeyOrSimulator_Exit2WithTheFix()
    {
        Assert.Equal(2, await RunAsync(Set(Lines), "--tier", "fast"));
        Assert.Contains("the fast tier is off: GROQ_API_KEY is not set; use --simulate to evaluate against the built-in simulator",
            errors.ToString(), StringComparison.Ordinal);
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public async Task EvalNlu_AutoOnTheSimulator_FastShareAndCostAreNotZero()
    {
        Assert.Equal(0, await RunAsync(Set(Lines), "--tier", "auto", "--simulate", "--json"));
        using var json = JsonDocument.Parse(output.ToString());
        var root = json.RootElement;
        Assert.True(root.GetProperty("tier_mix").GetProperty("fast").GetProperty("share").GetDouble() > 0);
        Assert.Equal(0, root.GetProperty("tier_mix").GetProperty("offline").GetProperty("count").GetInt32());
        Assert.True(root.GetProperty("cost_micros").GetInt64() > 0);
        Assert.Equal("USD", root.GetProperty("currency").GetString());
        Assert.InRange(root.GetProperty("model_calls").GetInt32(), 3, 20);
    }

    [Fact]
    public async Task EvalNlu_WrongIntent_ListedAsMisclassifiedWithItsLine()
    {
        string[] lines = [Lines[0], Lines[1].Replace("\"reservation.create\"", "\"complaint\"", StringComparison.Ordinal)];
        Assert.Equal(0, await RunAsync(Set(lines), "--tier", "offline"));
        Assert.Matches(@"2\s+│\s+Quiero reservar una mesa.*│\s+complaint → reservation\.create\s+│\s+offline", output.ToString());
        Assert.Matches(@"intent accuracy\s+50\.0% \(1/2\)", output.ToString());
    }

    [Fact]
    public async Task EvalNlu_MessageTimeInUtc_DatesResolveInTheBusinessTimeZone()
    {
        // 02:00 UTC on the 27th is 21:00 on the 26th in Panama: "mañana" is the 27th there.
        var line = """{"text": "Quiero reservar una mesa para 4 mañana a las 8 de la noche", "lang": "es", "now": "2026-11-27T02:00:00+00:00", "intent": "reservation.create", "slots": {"date": "2026-11-27", "time": "20:00", "party_size": 4}}""";
        Assert.Equal(0, await RunAsync(Set([line]), "--tier", "offline", "--json"));
        using var json = JsonDocument.Parse(output.ToString());
        Assert.Equal(1, json.RootElement.GetProperty("slots").GetProperty("date").GetProperty("tp").GetInt32());
    }

    [Theory]
    [InlineData("bad", "has no valid case (1 bad line, listed above).")]
    [InlineData("missing", "does not exist")]
    [InlineData("business", "there is no business 'el-otro'")]
    public async Task EvalNlu_NothingToRun_Exit2WithReason(string what, string reason)
    {
        var file = what switch
        {
            "bad" => Set(["{not json"]),
            "missing" => Path.Combine(folder, "none.jsonl"),
            _ => Set(Lines),
        };
        Assert.Equal(2, await RunAsync(file, [.. what == "business" ? new[] { "--business", "el-otro" } : []]));
        Assert.Contains(reason, errors.ToString(), StringComparison.Ordinal);
    }

    private string Set(IEnumerable<string> lines)
    {
        var path = Path.Combine(folder, $"{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }

    private async Task<int> RunAsync(string file, params string[] args)
    {
        var root = new RootCommand { EvalCommand.Create(PlainConsole.To(output), PlainConsole.To(errors), environment: _ => null) };
        return await root.Parse(["eval", "nlu", file, .. args, "--businesses", RepoPaths.Businesses]).InvokeAsync();
    }
}
