using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;

namespace Tendero.Bench;

/// <summary>A fresh temporary folder for one run's database and business files, deleted afterwards.</summary>
internal sealed class BenchFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tendero-bench", Guid.NewGuid().ToString("N"));

    public BenchFolder() => Directory.CreateDirectory(Path);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        // Pooled connections keep the database open; they must go before the file can.
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }

    /// <summary>A free loopback port, for a server whose address the simulator must know before it starts.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
