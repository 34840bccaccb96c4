using System.Net;
using System.Net.Sockets;

namespace Tendero.IntegrationTests.Support;

/// <summary>Finds a free loopback port, for a server whose address must be known before it starts.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
