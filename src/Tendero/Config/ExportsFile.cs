namespace Tendero.Config;

// The exports: and retention: sections as written.
internal sealed class ExportsFile
{
    public string? DailyAt { get; set; }
    public string? Folder { get; set; }
    public List<string>? Formats { get; set; }
}

internal sealed class RetentionFile
{
    public int? MessageBodiesDays { get; set; }
}
