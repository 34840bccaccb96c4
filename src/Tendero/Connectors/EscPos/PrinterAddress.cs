namespace Tendero.Connectors.EscPos;

/// <summary>
/// Where a printer is: raw TCP (<c>tcp://192.168.1.50:9100</c>, port 9100 when left out), a device or file path
/// (<c>file:///dev/usb/lp0</c> or just <c>/dev/usb/lp0</c>), or, in simulate mode, the simulator's virtual printer
/// (<c>sim+http://127.0.0.1:5090/</c>: its TCP port is asked from the simulator's <c>/_sim/printer</c> at print time,
/// because the simulator may run in another process and picks a free port).
/// </summary>
public sealed record PrinterAddress(PrinterAddressKind Kind, string Target, int Port = 0)
{
    public const int RawPort = 9100;

    public static PrinterAddress ForSimulator(Uri simulator) => new(PrinterAddressKind.Simulator, simulator.ToString());

    public static bool TryParse(string? text, out PrinterAddress address, out string error)
    {
        address = new PrinterAddress(PrinterAddressKind.Device, "");
        error = "";
        var value = text?.Trim() ?? "";
        if (value.StartsWith("tcp://", StringComparison.OrdinalIgnoreCase))
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Host.Length == 0 || uri.AbsolutePath is not ("/" or "") || uri.UserInfo.Length > 0)
            {
                error = $"'{value}' is not tcp://HOST:PORT, such as tcp://192.168.1.50:9100";
                return false;
            }
            address = new PrinterAddress(PrinterAddressKind.Tcp, uri.HostNameType == UriHostNameType.IPv6 ? uri.DnsSafeHost : uri.IdnHost, uri.IsDefaultPort || uri.Port <= 0 ? RawPort : uri.Port);
            return true;
        }
        if (value.StartsWith("sim+", StringComparison.OrdinalIgnoreCase) && Uri.TryCreate(value[4..], UriKind.Absolute, out var sim)
            && sim.Scheme is "http" or "https")
        {
            address = ForSimulator(sim);
            return true;
        }
        if (value.StartsWith("file://", StringComparison.OrdinalIgnoreCase) && Uri.TryCreate(value, UriKind.Absolute, out var file) && file.IsFile)
        {
            value = file.LocalPath;
        }
        if (value.Length == 0 || value.Contains("://", StringComparison.Ordinal) || !Path.IsPathFullyQualified(value))
        {
            error = $"'{text}' is not a printer address: use tcp://HOST:9100, file:///dev/usb/lp0 or a full device path";
            return false;
        }
        address = new PrinterAddress(PrinterAddressKind.Device, value);
        return true;
    }

    public override string ToString() => Kind switch
    {
        PrinterAddressKind.Tcp => $"tcp://{(Target.Contains(':', StringComparison.Ordinal) ? $"[{Target}]" : Target)}:{Port}",
        PrinterAddressKind.Simulator => "sim+" + Target,
        _ => Target,
    };
}

public enum PrinterAddressKind
{
    Tcp,
    Device,
    Simulator,
}
