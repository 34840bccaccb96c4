using System.Net;
using System.Net.Sockets;

namespace Tendero.Tests.Connectors.EscPos;

/// <summary>
/// A fake network printer for one test: a loopback listener that records every byte it receives and answers
/// <c>DLE EOT 1</c> and <c>DLE EOT 4</c> with the bytes it is given (null: silent, like a printer that ignores them).
/// </summary>
internal sealed class LoopbackPrinter : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly MemoryStream received = new();
    private readonly Task serving;
    private readonly CancellationTokenSource stop = new();

    public LoopbackPrinter(byte? printerStatus = 0x12, byte? paperStatus = 0x12)
    {
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        serving = ServeAsync(printerStatus, paperStatus);
    }

    public int Port { get; }

    public int Connections { get; private set; }

    public byte[] Received
    {
        get
        {
            lock (received)
            {
                return received.ToArray();
            }
        }
    }

    /// <summary>What came after the status queries: the ticket.</summary>
    public byte[] Printed => StripQueries(Received);

    private static byte[] StripQueries(byte[] bytes)
    {
        var result = new List<byte>();
        for (var i = 0; i < bytes.Length; i++)
        {
            if (i + 2 < bytes.Length && bytes[i] == 0x10 && bytes[i + 1] == 0x04)
            {
                i += 2;
                continue;
            }
            result.Add(bytes[i]);
        }
        return result.ToArray();
    }

    private async Task ServeAsync(byte? printerStatus, byte? paperStatus)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                using var client = await listener.AcceptTcpClientAsync(stop.Token);
                Connections++;
                var stream = client.GetStream();
                var buffer = new byte[4096];
                var pending = new List<byte>();
                int read;
                while ((read = await stream.ReadAsync(buffer, stop.Token)) > 0)
                {
                    lock (received)
                    {
                        received.Write(buffer, 0, read);
                    }
                    pending.AddRange(buffer[..read]);
                    while (pending.Count >= 3 && pending[0] == 0x10 && pending[1] == 0x04)
                    {
                        var answer = pending[2] == 1 ? printerStatus : pending[2] == 4 ? paperStatus : null;
                        pending.RemoveRange(0, 3);
                        if (answer is { } b)
                        {
                            await stream.WriteAsync(new[] { b }, stop.Token);
                        }
                    }
                    if (pending.Count > 0 && pending[0] != 0x10)
                    {
                        pending.Clear();
                    }
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            // stopped
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await serving;
        listener.Dispose();
        stop.Dispose();
        received.Dispose();
    }
}
