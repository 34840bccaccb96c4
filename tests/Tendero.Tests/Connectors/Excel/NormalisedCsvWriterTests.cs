using Tendero.Connectors.Excel;

namespace Tendero.Tests.Connectors.Excel;

public sealed class NormalisedCsvWriterTests
{
    [Fact]
    public void Write_TextAndNumbers_BomQuotedGuardedAndNegativeNumbersKept()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tendero-{Guid.NewGuid():N}.csv");
        try
        {
            var row = new NormalisedRow(7, new Dictionary<string, NormalisedCell>
            {
                ["cliente"] = new("=HYPERLINK(\"x\")", IsNumber: false),
                ["monto"] = new("-12.5", IsNumber: true),
            });
            NormalisedCsvWriter.Write(path, ["cliente", "monto", "nota"], [new SourcedRow("enero.xlsx", "Hoja1", row)]);
            var bytes = File.ReadAllBytes(path);
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
            Assert.Equal(
                "\"cliente\",\"monto\",\"nota\",\"source_file\",\"source_sheet\",\"source_row\"\r\n\"'=HYPERLINK(\"\"x\"\")\",\"-12.5\",\"\",\"enero.xlsx\",\"Hoja1\",\"7\"\r\n",
                System.Text.Encoding.UTF8.GetString(bytes[3..]));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
