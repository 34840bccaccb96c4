namespace Tendero.Connectors.EscPos;

/// <summary>
/// A printer behind a device path (<c>/dev/usb/lp0</c>) or a file (appended to, created outside <c>/dev</c>). No status is asked: a
/// read on a USB printer class device blocks until the printer speaks, and many never do, so the status is "unknown"
/// and only a failure to open or write holds the ticket back (the kernel reports an unplugged or switched-off printer).
/// </summary>
public sealed class DevicePrinter(string path, PrinterTimeouts timeouts, TimeProvider time) : IPrinter
{
    public Task<PrinterStatus> StatusAsync(CancellationToken ct) =>
        Task.FromResult(File.Exists(path) ? PrinterStatus.Unknown($"{path} gives no status") : PrinterStatus.Unreachable($"{path} does not exist"));

    public async Task<PrintResult> PrintAsync(byte[] ticket, CancellationToken ct)
    {
        // A missing device is an unplugged printer: never create a plain file in its place (running as root, we could).
        var status = await StatusAsync(ct);
        if (!status.CanPrint && (path.StartsWith("/dev/", StringComparison.Ordinal) || !Directory.Exists(Path.GetDirectoryName(path))))
        {
            return new PrintResult(false, status);
        }
        using var limit = new Deadline(timeouts.Write, time, ct);
        try
        {
            await using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite, 4096, useAsync: true);
            // A write to a device can block inside the kernel, beyond the token's reach: stop waiting for it after the timeout.
            await stream.WriteAsync(ticket, limit.Token).AsTask().WaitAsync(limit.Token);
            await stream.FlushAsync(limit.Token).WaitAsync(limit.Token);
            return new PrintResult(true, PrinterStatus.Unknown($"{path} gives no status"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException || e is OperationCanceledException && !ct.IsCancellationRequested)
        {
            var reason = e is OperationCanceledException ? "the write timed out" : e.Message;
            return new PrintResult(false, PrinterStatus.Unreachable($"cannot write to {path}: {reason}"));
        }
    }
}
