using System.Collections.Concurrent;

namespace Tendero.Connectors.Sheets;

/// <summary>One writer at a time per workbook file in this process. Register one instance (a singleton) and give it to every <see cref="LocalSheetTab"/>.</summary>
public sealed class LocalWorkbookLocks
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> locks = new(StringComparer.Ordinal);

    public SemaphoreSlim For(string path) => locks.GetOrAdd(Path.GetFullPath(path), _ => new SemaphoreSlim(1, 1));
}
