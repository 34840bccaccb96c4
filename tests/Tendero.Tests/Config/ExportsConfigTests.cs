using Tendero.Config;
using Tendero.Export;

namespace Tendero.Tests.Config;

/// <summary>The <c>exports:</c> and <c>retention:</c> sections of a business file.</summary>
public sealed class ExportsConfigTests : IDisposable
{
    private readonly BusinessFiles files = new();

    public void Dispose() => files.Dispose();

    private BusinessConfig Load(string extra) =>
        BusinessLoader.LoadFile(files.Write("la-fonda.yaml", BusinessFiles.Minimal + "\n" + extra), BusinessFiles.Demo, null);

    [Fact]
    public void LoadFile_ExportsAndRetention_Mapped()
    {
        var business = Load("""
            exports:
              daily_at: "03:30"
              folder: exports/la-fonda
              formats: [csv, json, xlsx]
            retention:
              message_bodies_days: 90
            """);

        Assert.Equal(new TimeOnly(3, 30), business.Exports!.DailyAt);
        Assert.Equal(Path.Combine(files.Folder, "exports", "la-fonda"), business.Exports.Folder);
        Assert.Equal([ExportFormat.Csv, ExportFormat.Json, ExportFormat.Xlsx], business.Exports.Formats);
        Assert.Equal(90, business.Retention!.MessageBodiesDays);
    }

    [Fact]
    public void LoadFile_NoSections_NoDailyExportAndBodiesKept()
    {
        var business = Load("");
        Assert.Null(business.Exports);
        Assert.Null(business.Retention);
    }

    [Fact]
    public void LoadFile_BadValues_EachNamed()
    {
        var e = Assert.Throws<BusinessConfigException>(() => Load("""
            exports:
              daily_at: "2am"
              formats: [csv, pdf]
            retention:
              message_bodies_days: 0
            """));
        Assert.Contains("exports.daily_at: '2am' is not a time such as 02:00", e.Message, StringComparison.Ordinal);
        Assert.Contains("exports.formats: 'pdf' is not csv, json or xlsx", e.Message, StringComparison.Ordinal);
        Assert.Contains("exports.folder", e.Message, StringComparison.Ordinal);
        Assert.Contains("retention.message_bodies_days: 0 must be at least 1", e.Message, StringComparison.Ordinal);
    }
}
