using System.Net.Sockets;

namespace Tendero.Connectors.EscPos;

/// <summary>
/// A network printer on raw TCP (port 9100). Each call is one connection: ask <c>DLE EOT 1</c> and <c>DLE EOT 4</c>,
/// read one byte each within the status timeout, then send the ticket if the printer is ready or silent, and close.
/// A printer that breaks the connection mid-ticket may have printed part of it; the job is retried, so the kitchen
/// may see that ticket twice (at least once, never lost).
/// </summary>
public sealed class TcpPrinter(string host, int port, PrinterTimeouts timeouts, TimeProvider time) : IPrinter
{
    public async Task<PrinterStatus> StatusAsync(CancellationToken ct)
    {
        using var client = new TcpClient { NoDelay = true };
        if (await ConnectAsync(client, ct) is { } failure)
        {
            return failure;
        }
        return await QueryAsync(client.GetStream(), ct);
    }

    public async Task<PrintResult> PrintAsync(byte[] ticket, CancellationToken ct)
    {
        using var client = new TcpClient { NoDelay = true };
        if (await ConnectAsync(client, ct) is { } failure)
        {
            return new PrintResult(false, failure);
        }
        var stream = client.GetStream();
        var status = await QueryAsync(stream, ct);
        if (!status.CanPrint)
        {
            return new PrintResult(false, status);
        }
        using var limit = Limit(timeouts.Write, ct);
        try
        {
            await stream.WriteAsync(ticket, limit.Token);
            await stream.FlushAsync(limit.Token);
            client.Client.Shutdown(SocketShutdown.Send);
            return new PrintResult(true, status);
        }
        catch (Exception e) when (e is IOException or SocketException || e is OperationCanceledException && !ct.IsCancellationRequested)
        {
            return new PrintResult(false, PrinterStatus.Unreachable($"the connection to {host}:{port} broke while sending the ticket: {Reason(e)}"));
        }
    }

    private async Task<PrinterStatus?> ConnectAsync(TcpClient client, CancellationToken ct)
    {
        using var limit = Limit(timeouts.Connect, ct);
        try
        {
            await client.ConnectAsync(host, port, limit.Token);
            return null;
        }
        catch (Exception e) when (e is SocketException || e is OperationCanceledException && !ct.IsCancellationRequested)
        {
            return PrinterStatus.Unreachable($"cannot connect to {host}:{port}: {Reason(e)}");
        }
    }

    private async Task<PrinterStatus> QueryAsync(NetworkStream stream, CancellationToken ct)
    {
        var printer = await AskAsync(stream, StatusBytes.Printer, ct);
        // A printer that ignores the first query will ignore the second: do not wait twice.
        var paper = printer is null ? null : await AskAsync(stream, StatusBytes.Paper, ct);
        return StatusBytes.Read(printer, paper);
    }

    private async Task<byte?> AskAsync(NetworkStream stream, byte n, CancellationToken ct)
    {
        using var limit = Limit(timeouts.Status, ct);
        try
        {
            await stream.WriteAsync(StatusBytes.Query(n), limit.Token);
            var answer = new byte[1];
            return await stream.ReadAsync(answer, limit.Token) == 1 ? answer[0] : null;
        }
        catch (Exception e) when (e is IOException or SocketException || e is OperationCanceledException && !ct.IsCancellationRequested)
        {
            return null;
        }
    }

    private Deadline Limit(TimeSpan timeout, CancellationToken ct) => new(timeout, time, ct);

    private static string Reason(Exception e) => e is OperationCanceledException ? "timed out" : e.Message;
}
