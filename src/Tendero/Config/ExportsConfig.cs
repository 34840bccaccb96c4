using Tendero.Export;

namespace Tendero.Config;

/// <summary>The daily export (the <c>exports:</c> section): every day at <see cref="DailyAt"/> (the business's local
/// time) a dated folder under <see cref="Folder"/> gets every table in <see cref="Formats"/>.</summary>
public sealed record ExportsConfig(TimeOnly DailyAt, string Folder, IReadOnlyList<ExportFormat> Formats);

/// <summary>How long message bodies are kept (the <c>retention:</c> section). Counts, statuses, costs and times stay.</summary>
public sealed record RetentionConfig(int MessageBodiesDays);
