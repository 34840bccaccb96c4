using System.CommandLine;
using System.Text;
using System.Text.Json;
using Dapper;
using ExcelDataReader;
using Tendero.Cli;
using Tendero.Connectors.Csv;
using Tendero.IntegrationTests.Support;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Export;

/// <summary>
/// <c>tendero export</c> read back with independent readers: the CSV reader, ExcelDataReader for the workbook and
/// System.Text.Json. A formula can't run, a negative number stays a number, accents survive.
/// </summary>
public sealed class ExportCommandTests : IAsyncLifetime, IDisposable
{
    private const string Formula = "=HYPERLINK(\"http://evil.example\",\"clic\")";
    private const string At = "@SUM(A1:A9)";
    private const string Accents = "¿Mesa para mañana? Señora Núñez, ñame y café";

    private readonly TestDatabase db = TestDatabase.Sqlite();
    private readonly KitWorld world = new();
    private readonly StringWriter output = new();
    private readonly StringWriter errors = new();

    public async Task InitializeAsync()
    {
        await using var database = await db.OpenAsync();
        await database.WriteAsync(async (c, t) =>
        {
            var at = new DateTimeOffset(2026, 11, 26, 20, 15, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
            foreach (var (text, business) in new[] { (Formula, "la-fonda"), (At, "la-fonda"), (Accents, "la-fonda"), ("otro negocio", "el-otro") })
            {
                await c.ExecuteAsync("""
                    INSERT INTO messages (business_id, channel, direction, address, kind, text, status, created_at, updated_at)
                    VALUES (@business, 'whatsapp', 'in', '+50760001111', 'text', @text, 'received', @at, @at)
                    """, new { business, text, at }, t);
            }
            await c.ExecuteAsync("""
                INSERT INTO conversations (business_id, channel, address, mode, state, created_at, updated_at)
                VALUES ('la-fonda', 'whatsapp', '+50760001111', 'bot', '{}', @at, @at)
                """, new { at }, t);
            await c.ExecuteAsync("""
                INSERT INTO costs (business_id, source, channel, units, unit_micros, amount_micros, currency, note, created_at, updated_at)
                VALUES ('la-fonda', 'message', 'sms', 1, -2500, -2500, 'USD', 'reembolso', @at, @at)
                """, new { at }, t);
            return 0;
        }, default);
    }

    public async Task DisposeAsync() => await db.DisposeAsync();

    public void Dispose()
    {
        world.Dispose();
        output.Dispose();
        errors.Dispose();
    }

    private async Task<int> RunAsync(params string[] args)
    {
        var console = PlainConsole.To(output);
        var errorConsole = PlainConsole.To(errors);
        var root = new RootCommand { ExportCommand.Create(console, errorConsole) };
        return await root.Parse([.. args, "--db", db.Connection, "--businesses", world.Businesses]).InvokeAsync();
    }

    [Fact]
    public async Task Export_Csv_FormulasGuardedNumbersStayNumbersAccentsSurvive()
    {
        var folder = world.Path_("out");
        Assert.Equal(0, await RunAsync("export", "--business", "la-fonda", "--format", "csv", "--out", folder));

        var bytes = await File.ReadAllBytesAsync(Path.Combine(folder, "messages.csv"));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var messages = CsvFile.Read(Path.Combine(folder, "messages.csv"));
        var text = messages.Headers.ToList().IndexOf("text");
        var texts = messages.Rows.Select(r => r[text]).ToList();
        Assert.Equal(["'" + Formula, "'" + At, Accents], texts);
        var costs = CsvFile.Read(Path.Combine(folder, "costs.csv"));
        Assert.Equal("-2500", costs.Rows[0][costs.Headers.ToList().IndexOf("amount_micros")]);
        var created = messages.Rows[0][messages.Headers.ToList().IndexOf("created_at")];
        Assert.Equal("2026-11-26T15:15:00.000-05:00", created); // La Fonda is in America/Panama
        var conversation = CsvFile.Read(Path.Combine(folder, "conversation_messages.csv"));
        Assert.Equal(["conversation_id", "id"], conversation.Headers.Take(2));
        Assert.Equal(["'" + Formula, "'" + At, Accents], conversation.Rows.Select(r => r[conversation.Headers.ToList().IndexOf("text")]));
        Assert.All(conversation.Rows, r => Assert.Equal(conversation.Rows[0][0], r[0]));
        Assert.Contains("8 rows from", output.ToString().Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Xlsx_TextNeverAFormulaNegativeNumbersAndDates()
    {
        var folder = world.Path_("out");
        Assert.Equal(0, await RunAsync("export", "--business", "la-fonda", "--format", "xlsx", "--out", folder));
        var path = Path.Combine(folder, "la-fonda.xlsx");

        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var sheets = new Dictionary<string, List<object?[]>>();
        using (var stream = File.OpenRead(path))
        using (var reader = ExcelReaderFactory.CreateReader(stream))
        {
            do
            {
                var rows = new List<object?[]>();
                while (reader.Read())
                {
                    rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue).ToArray());
                }
                sheets[reader.Name] = rows;
            }
            while (reader.NextResult());
        }
        var messages = sheets["messages"];
        var text = Array.IndexOf(messages[0], "text");
        Assert.Equal([Formula, At, Accents], messages.Skip(1).Select(r => r[text]));
        var created = Array.IndexOf(messages[0], "created_at");
        Assert.Equal(new DateTime(2026, 11, 26, 15, 15, 0), messages[1][created]);
        var costs = sheets["costs"];
        Assert.Equal(-2500.0, costs[1][Array.IndexOf(costs[0], "amount_micros")]);

        // No cell is a formula: the text is an inline string with the quote prefix, never an <f>.
        using var zip = System.IO.Compression.ZipFile.OpenRead(path);
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
        {
            using var part = new StreamReader(entry.Open());
            Assert.DoesNotContain("<x:f>", await part.ReadToEndAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Export_Json_SnakeCaseIsoTimesExactText()
    {
        var folder = world.Path_("out");
        Assert.Equal(0, await RunAsync("export", "--business", "la-fonda", "--format", "json", "--out", folder));
        var lines = await File.ReadAllLinesAsync(Path.Combine(folder, "messages.jsonl"));
        Assert.Equal(3, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal(Formula, first.RootElement.GetProperty("text").GetString());
        Assert.Equal("received", first.RootElement.GetProperty("status").GetString());
        Assert.Equal("2026-11-26T15:15:00.000-05:00", first.RootElement.GetProperty("created_at").GetString());
        Assert.Contains(Accents, lines[2], StringComparison.Ordinal);
        using var cost = JsonDocument.Parse((await File.ReadAllLinesAsync(Path.Combine(folder, "costs.jsonl")))[0]);
        Assert.Equal(-2500, cost.RootElement.GetProperty("amount_micros").GetInt64());
    }

    [Fact]
    public async Task Export_SinceUntil_OnlyRowsInTheWindow()
    {
        var folder = world.Path_("out");
        Assert.Equal(0, await RunAsync("export", "--business", "la-fonda", "--format", "json", "--since", "2026-11-27", "--out", folder));
        Assert.Empty(await File.ReadAllLinesAsync(Path.Combine(folder, "messages.jsonl")));
        var second = world.Path_("out2");
        Assert.Equal(0, await RunAsync("export", "--business", "la-fonda", "--format", "json", "--since", "2026-11-26", "--until", "2026-11-26", "--out", second));
        Assert.Equal(3, (await File.ReadAllLinesAsync(Path.Combine(second, "messages.jsonl"))).Length);
    }

    [Theory]
    [InlineData("--business", "nadie", "There is no business 'nadie'")]
    [InlineData("--since", "26/11/2026", "--since '26/11/2026' is not a date")]
    [InlineData("--format", "pdf", "--format 'pdf' is not csv, json or xlsx")]
    public async Task Export_BadArguments_Exit1WithASentence(string flag, string value, string message)
    {
        var args = new List<string> { "export", "--out", world.Path_("out") };
        args.AddRange(flag == "--business" ? [flag, value] : ["--business", "la-fonda", flag, value]);
        Assert.Equal(1, await RunAsync([.. args]));
        Assert.Contains(message, errors.ToString(), StringComparison.Ordinal);
    }
}
