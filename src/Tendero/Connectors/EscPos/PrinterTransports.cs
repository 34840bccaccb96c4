using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace Tendero.Connectors.EscPos;

/// <summary>Opens the printer at an address: TCP, a device path, or the simulator's virtual printer.</summary>
public sealed class PrinterTransports(TimeProvider time, PrinterTimeouts? timeouts = null, HttpClient? http = null)
{
    private readonly PrinterTimeouts limits = timeouts ?? new PrinterTimeouts();
    private readonly HttpClient client = http ?? new HttpClient { Timeout = TimeSpan.FromSeconds(5) };

    public IPrinter Open(PrinterAddress address) => address.Kind switch
    {
        PrinterAddressKind.Tcp => new TcpPrinter(address.Target, address.Port, limits, time),
        PrinterAddressKind.Simulator => new SimulatedPrinter(new Uri(address.Target), this, client),
        _ => new DevicePrinter(address.Target, limits, time),
    };

    // The simulator picks a free TCP port for its printer; ask it where, then speak ESC/POS to it like to any printer.
    private sealed class SimulatedPrinter(Uri simulator, PrinterTransports transports, HttpClient http) : IPrinter
    {
        public async Task<PrinterStatus> StatusAsync(CancellationToken ct) =>
            await ResolveAsync(ct) is { } printer ? await printer.StatusAsync(ct) : PrinterStatus.Unreachable($"the simulator at {simulator} has no printer");

        public async Task<PrintResult> PrintAsync(byte[] ticket, CancellationToken ct) =>
            await ResolveAsync(ct) is { } printer ? await printer.PrintAsync(ticket, ct)
                : new PrintResult(false, PrinterStatus.Unreachable($"the simulator at {simulator} has no printer"));

        private async Task<IPrinter?> ResolveAsync(CancellationToken ct)
        {
            try
            {
                var info = await http.GetFromJsonAsync<SimPrinterInfo>(new Uri(simulator, "/_sim/printer"), ct);
                return info?.Address is { } text && PrinterAddress.TryParse(text, out var address, out _) && address.Kind == PrinterAddressKind.Tcp
                    ? transports.Open(address) : null;
            }
            catch (Exception e) when (e is HttpRequestException or System.Text.Json.JsonException || e is TaskCanceledException && !ct.IsCancellationRequested)
            {
                return null;
            }
        }
    }

    private sealed record SimPrinterInfo([property: JsonPropertyName("address")] string? Address);
}
