using System.Net;
using System.Net.Sockets;

namespace Tendero.Simulator.Printer;

/// <summary>
/// A network receipt printer on raw TCP: it answers <c>DLE EOT n</c> status queries from its condition and prints
/// ESC/POS into a journal of decoded tickets (a cut ends a ticket). Off-line or out of paper, it still answers status
/// queries, as real printers do, but drops the print data. Real printers differ here (most keep receiving into a small
/// buffer, print it when they are back, and stop reading once it is full); dropping is the strict case, and Tendero
/// never sends a ticket to a printer that said it cannot print, so the job stays queued and retries either way.
/// </summary>
public sealed class VirtualPrinter : IAsyncDisposable
{
    private readonly TimeProvider time;
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock gate = new();
    private readonly List<PrintedTicket> tickets = [];
    private readonly List<Task> connections = [];
    private TcpListener? listener;
    private Task? accepting;
    private PrinterCondition condition = PrinterCondition.Online;
    private DateTimeOffset? until;
    private long dropped;
    private bool disposed;

    public VirtualPrinter(TimeProvider time) => this.time = time;

    /// <summary>The bound port; 0 before <see cref="Start"/>.</summary>
    public int Port { get; private set; }

    /// <summary>Where Tendero reaches it, e.g. <c>tcp://127.0.0.1:49153</c>.</summary>
    public Uri Address => new($"tcp://127.0.0.1:{Port}");

    /// <summary>False makes it ignore status queries (an old printer): Tendero then prints without knowing.</summary>
    public bool AnswersStatus { get; set; } = true;

    /// <summary>What it is doing now; a timed condition ends on its own and the printer is online again.</summary>
    public PrinterCondition Condition
    {
        get
        {
            lock (gate)
            {
                return until is { } end && time.GetUtcNow() >= end ? PrinterCondition.Online : condition;
            }
        }
    }

    /// <summary>When a timed condition ends, or null.</summary>
    public DateTimeOffset? Until
    {
        get
        {
            lock (gate)
            {
                return until is { } end && time.GetUtcNow() < end ? end : null;
            }
        }
    }

    /// <summary>Bytes of print data dropped while off-line or out of paper.</summary>
    public long DroppedBytes => Interlocked.Read(ref dropped);

    /// <summary>Sets the condition, for <paramref name="duration"/> (then online again) or until changed.</summary>
    public void Set(PrinterCondition value, TimeSpan? duration = null)
    {
        if (duration is { } d && d <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), d, "A duration must be positive.");
        }
        lock (gate)
        {
            (condition, until) = (value, duration is { } length ? time.GetUtcNow() + length : null);
        }
    }

    /// <summary>The tickets printed so far, oldest first.</summary>
    public IReadOnlyList<PrintedTicket> Tickets
    {
        get
        {
            lock (gate)
            {
                return tickets.ToList();
            }
        }
    }

    public void ClearTickets()
    {
        lock (gate)
        {
            tickets.Clear();
        }
    }

    /// <summary>Starts listening on loopback; port 0 picks a free one.</summary>
    public void Start(int port = 0)
    {
        if (listener is not null)
        {
            throw new InvalidOperationException("The virtual printer is already started.");
        }
        listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        accepting = AcceptAsync(listener, stopping.Token);
    }

    /// <summary>The status byte for <c>DLE EOT n</c>, or null for a query it does not answer.</summary>
    public byte? StatusFor(byte n)
    {
        var now = Condition;
        return n switch
        {
            1 => (byte)(0x12 | (now == PrinterCondition.Online ? 0 : 0x08)),
            2 => (byte)(0x12 | (now == PrinterCondition.PaperOut ? 0x20 : 0)),
            3 => 0x12,
            4 => (byte)(0x12 | (now == PrinterCondition.PaperOut ? 0x60 : 0)),
            _ => null,
        };
    }

    private async Task AcceptAsync(TcpListener server, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await server.AcceptTcpClientAsync(ct);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            lock (gate)
            {
                connections.RemoveAll(t => t.IsCompleted);
                connections.Add(ServeAsync(client, ct));
            }
        }
    }

    // One connection: a printer reads byte by byte, answers status at once, and prints the rest if it can.
    private async Task ServeAsync(TcpClient client, CancellationToken ct)
    {
        using var _ = client;
        var reader = new EscPosReader(time);
        var stream = client.GetStream();
        var buffer = new byte[4096];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, ct)) > 0)
            {
                var before = reader.Dropped;
                for (var i = 0; i < read; i++)
                {
                    if (reader.Read(buffer[i], Condition == PrinterCondition.Online, out var ticket) is { } n && AnswersStatus && StatusFor(n) is { } status)
                    {
                        await stream.WriteAsync(new[] { status }, ct);
                    }
                    Keep(ticket);
                }
                Interlocked.Add(ref dropped, reader.Dropped - before);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away or we are stopping: what was printed stays printed.
        }
        Keep(reader.Flush());
    }

    private void Keep(PrintedTicket? ticket)
    {
        if (ticket is null)
        {
            return;
        }
        lock (gate)
        {
            tickets.Add(ticket);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }
        disposed = true;
        await stopping.CancelAsync();
        listener?.Stop();
        Task[] open;
        lock (gate)
        {
            open = [.. connections, accepting ?? Task.CompletedTask];
        }
        await Task.WhenAll(open);
        listener?.Dispose();
        stopping.Dispose();
    }
}
