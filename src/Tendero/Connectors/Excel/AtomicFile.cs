namespace Tendero.Connectors.Excel;

/// <summary>Replaces a file in one step: the new content goes to a temporary file in the same folder, then a rename. On any error the original stays as it was and the temporary file is removed.</summary>
internal static class AtomicFile
{
    public static void Replace(string path, Action<Stream> write, Action? beforeMove = null)
    {
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".~{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            EnsureNotLocked(full);
            beforeMove?.Invoke();
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>Throws when another program holds the file open (Excel keeps a lock on open workbooks).</summary>
    public static void EnsureNotLocked(string path)
    {
        if (!File.Exists(path))
        {
            return;
        }
        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw WorkbookFile.Locked(path, e);
        }
    }
}
