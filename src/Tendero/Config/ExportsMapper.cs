using System.Globalization;
using Tendero.Export;

namespace Tendero.Config;

/// <summary>Checks the <c>exports:</c> and <c>retention:</c> sections.</summary>
internal static class ExportsMapper
{
    public static ExportsConfig? Exports(ExportsFile? file, string path, FieldChecker check)
    {
        if (file is null)
        {
            return null;
        }
        var at = new TimeOnly(2, 0);
        if (file.DailyAt is { } text && !TimeOnly.TryParseExact(text, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out at))
        {
            check.Fail("exports.daily_at", $"'{text}' is not a time such as 02:00 (24-hour, the business's local time)");
        }
        var formats = new List<ExportFormat>();
        foreach (var name in file.Formats ?? ["csv", "json"])
        {
            if (ExportFormats.TryParse(name, out var format))
            {
                formats.Add(format);
            }
            else
            {
                check.Fail("exports.formats", $"'{name}' is not csv, json or xlsx");
            }
        }
        var folder = check.Required("exports.folder", file.Folder);
        // A relative folder is relative to the business file, like every other path in it.
        var full = folder.Length == 0 ? "" : Path.GetFullPath(folder, Path.GetDirectoryName(Path.GetFullPath(path))!);
        return new ExportsConfig(at, full, formats.Distinct().ToList());
    }

    public static RetentionConfig? Retention(RetentionFile? file, FieldChecker check)
    {
        if (file?.MessageBodiesDays is not { } days)
        {
            return null;
        }
        if (days < 1)
        {
            check.Fail("retention.message_bodies_days", $"{days} must be at least 1 (leave the section out to keep bodies forever)");
        }
        return new RetentionConfig(Math.Max(1, days));
    }
}
