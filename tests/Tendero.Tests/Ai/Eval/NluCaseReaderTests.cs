using Tendero.Ai.Eval;

namespace Tendero.Tests.Ai.Eval;

public sealed class NluCaseReaderTests
{
    [Fact]
    public void Parse_GoodLine_ReadsEveryField()
    {
        var read = NluCaseReader.Parse([
            """{"text":"mesa para 4 mañana a las 8, a nombre de Ana, sin gluten","lang":"es","now":"2026-11-26T10:00:00-05:00","intent":"reservation.create","slots":{"date":"2026-11-27","time":"20:00","party_size":4,"name":"Ana","dietary":["sin gluten"]}}""",
        ]);

        Assert.Empty(read.Errors);
        var c = Assert.Single(read.Cases);
        Assert.Equal("es", c.Language);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(-5)), c.Now);
        Assert.Equal("reservation.create", c.Intent);
        Assert.Equal(("2026-11-27", "20:00", 4, "Ana"), (c.Slots.Date, c.Slots.Time, c.Slots.PartySize, c.Slots.Name));
        Assert.Equal(["sin gluten"], c.Slots.Dietary);
        Assert.Equal(1, c.Line);
    }

    [Fact]
    public void Parse_BadLines_ReportsEachWithItsNumberAndKeepsTheGoodOnes()
    {
        var read = NluCaseReader.Parse([
            """{"text":"hola","lang":"es","now":"2026-11-26T10:00:00-05:00","intent":"greeting"}""",
            """{"text":"x","lang":"es","now":"2026-11-26T10:00:00-05:00","intent":"booking"}""",
            "",
            """{"lang":"en","now":"2026-11-26T10:00:00-05:00","intent":"ack"}""",
            """{"text":"x","lang":"fr","now":"2026-11-26","intent":"ack","slots":{"date":"27/11/2026","time":"8pm","party_size":0,"seats":2}}""",
            "{not json",
            """{"text":"ok","lang":"en","now":"2026-11-26T10:00:00-05:00","intent":"ack","slots":{"dietary":"vegan"}}""",
        ]);

        var c = Assert.Single(read.Cases);
        Assert.Equal("hola", c.Text);
        Assert.False(read.Ok);
        Assert.Equal([2, 4, 5, 5, 5, 5, 5, 5, 6, 7], read.Errors.Select(e => e.Line));
        Assert.Contains(read.Errors, e => e.Line == 2 && e.Problem.Contains("unknown intent \"booking\""));
        Assert.Contains(read.Errors, e => e.Line == 4 && e.Problem.Contains("missing \"text\""));
        Assert.Contains(read.Errors, e => e.Line == 5 && e.Problem.Contains("\"lang\""));
        Assert.Contains(read.Errors, e => e.Line == 5 && e.Problem.Contains("\"now\""));
        Assert.Contains(read.Errors, e => e.Line == 5 && e.Problem.Contains("bad date"));
        Assert.Contains(read.Errors, e => e.Line == 5 && e.Problem.Contains("bad time"));
        Assert.Contains(read.Errors, e => e.Line == 5 && e.Problem.Contains("bad party_size"));
        Assert.Contains(read.Errors, e => e.Line == 5 && e.Problem.Contains("unknown slot \"seats\""));
        Assert.Contains(read.Errors, e => e.Line == 6 && e.Problem.Contains("not valid JSON"));
        Assert.Contains(read.Errors, e => e.Line == 7 && e.Problem.Contains("\"dietary\""));
    }

    [Fact]
    public void Read_File_ReadsTheLinesOfThatFile()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["""{"text":"gracias","lang":"es","now":"2026-11-26T10:00:00-05:00","intent":"thanks","slots":{}}""", "oops"]);

            var read = NluCaseReader.Read(path);

            Assert.Single(read.Cases);
            Assert.Equal("line 2: not valid JSON", read.Errors.Single().ToString()[..("line 2: not valid JSON".Length)]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
