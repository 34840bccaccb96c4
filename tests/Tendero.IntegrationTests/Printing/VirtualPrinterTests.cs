using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Tendero.Connectors.EscPos;
using Tendero.Simulator;
using Tendero.Simulator.Printer;

namespace Tendero.IntegrationTests.Printing;

/// <summary>The simulator's printer: status bytes by condition, timed conditions, decoding, and its control endpoints.</summary>
public sealed class VirtualPrinterTests : IAsyncLifetime, IDisposable
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 26, 20, 0, 0, TimeSpan.Zero));
    private ProviderSimulator simulator = null!;
    private readonly HttpClient http = new();

    public async Task InitializeAsync()
    {
        simulator = new ProviderSimulator(new SimulatorOptions(), time);
        http.BaseAddress = await simulator.StartAsync();
    }

    public async Task DisposeAsync() => await simulator.DisposeAsync();

    public void Dispose() => http.Dispose();

    [Fact]
    public void StatusFor_EachCondition_TheBytesARealPrinterSends()
    {
        var printer = simulator.Printer;
        Assert.Equal(((byte?)0x12, (byte?)0x12), (printer.StatusFor(1), printer.StatusFor(4)));
        printer.Set(PrinterCondition.Offline);
        Assert.Equal(((byte?)0x1A, (byte?)0x12), (printer.StatusFor(1), printer.StatusFor(4)));
        printer.Set(PrinterCondition.PaperOut, TimeSpan.FromMinutes(10));
        Assert.Equal(((byte?)0x1A, (byte?)0x72), (printer.StatusFor(1), printer.StatusFor(4)));

        time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(PrinterCondition.Online, printer.Condition);
    }

    [Fact]
    public async Task Tickets_TwoTicketsOnOneConnection_SplitAtTheCutAndDecodedFromCp858()
    {
        var one = EscPosEncoder.Encode(new KitchenTicket("Cocina", "7", null, time.GetUtcNow(), [new TicketItem(1, "Piña colada", null)], ["maní"], "¡Gracias! 5 €", null), 42, PrinterCodePage.Cp858);
        var two = EscPosEncoder.Encode([new TicketLine("Ñandú")], PrinterCodePage.Cp858);
        using (var client = new TcpClient())
        {
            await client.ConnectAsync("127.0.0.1", simulator.Printer.Port);
            await client.GetStream().WriteAsync(one.Concat(two).ToArray());
        }

        var tickets = await WaitAsync(2);

        Assert.Equal("# Cocina\n# Mesa 7", string.Join("\n", tickets[0].Text.Split('\n')[..2]));
        Assert.Contains("1x Piña colada", tickets[0].Text, StringComparison.Ordinal);
        Assert.Contains("¡Gracias! 5 €", tickets[0].Text, StringComparison.Ordinal);
        Assert.Equal(("Ñandú", true, 19), (tickets[1].Text, tickets[1].Cut, tickets[1].CodeTable));
    }

    [Fact]
    public async Task ControlEndpoint_SetPaperOutForAWhile_ThenTicketsListed()
    {
        var info = await http.GetFromJsonAsync<JsonElement>("/_sim/printer");
        Assert.Equal(simulator.PrinterAddress.ToString().TrimEnd('/'), info.GetProperty("address").GetString());

        var set = await http.PostAsJsonAsync("/_sim/printer", new { state = "paper_out", @for = "00:10:00" });
        var state = await set.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("paper_out", state.GetProperty("state").GetString());
        Assert.Equal(PrinterCondition.PaperOut, simulator.Printer.Condition);
        Assert.Equal(400, (int)(await http.PostAsJsonAsync("/_sim/printer", new { state = "jammed" })).StatusCode);

        var printer = new PrinterTransports(TimeProvider.System).Open(PrinterAddress.ForSimulator(http.BaseAddress!));
        Assert.Equal(PrinterState.PaperOut, (await printer.StatusAsync(default)).State);
        time.Advance(TimeSpan.FromMinutes(10));
        Assert.True((await printer.PrintAsync(EscPosEncoder.Encode([new TicketLine("hola")], PrinterCodePage.Cp858), default)).Printed);
        await WaitAsync(1);

        var tickets = await http.GetFromJsonAsync<JsonElement>("/_sim/printer/tickets");
        Assert.Equal("hola", tickets[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task PaperOut_PrintDataSentAnyway_IsDroppedNotPrinted()
    {
        simulator.Printer.Set(PrinterCondition.PaperOut);
        using (var client = new TcpClient())
        {
            await client.ConnectAsync("127.0.0.1", simulator.Printer.Port);
            await client.GetStream().WriteAsync(EscPosEncoder.Encode([new TicketLine("perdido")], PrinterCodePage.Cp858));
        }
        for (var i = 0; i < 200 && simulator.Printer.DroppedBytes == 0; i++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10), TimeProvider.System);
        }

        Assert.True(simulator.Printer.DroppedBytes > 0);
        Assert.Empty(simulator.Printer.Tickets);
    }

    /// <summary>The example in the README's "Kitchen printer" section, printed and read back.</summary>
    [Fact]
    public async Task ReadmeExample_PrintsAsDocumented()
    {
        var ticket = TicketReader.Parse("""
            {"title": "Cocina", "table": "4", "customer": "Ana Núñez", "time": "2026-11-26T20:15:00-05:00",
             "items": [{"quantity": 2, "name": "Sancocho de gallina con arroz blanco y aguacate", "notes": "sin cilantro"},
                       {"quantity": 10, "name": "Empanadas de carne"},
                       {"quantity": 1, "name": "Ñame frito"}],
             "allergies": ["maní", "gluten"], "footer": "Mesero: Luis"}
            """);
        var printer = new PrinterTransports(TimeProvider.System).Open(new PrinterAddress(PrinterAddressKind.Tcp, "127.0.0.1", simulator.Printer.Port));

        Assert.True((await printer.PrintAsync(EscPosEncoder.Encode(ticket, 42, PrinterCodePage.Cp858), default)).Printed);

        var rule = new string('-', 42);
        Assert.Equal($"""
            # Cocina
            # Mesa 4
            Cliente: Ana Núñez
            26/11/2026 20:15
            {rule}
             2x Sancocho de gallina con arroz blanco y
                aguacate
                > sin cilantro
            10x Empanadas de carne
             1x Ñame frito

            # > !! ALERGIAS: MANÍ,
            # > GLUTEN !!
            {rule}
            Mesero: Luis
            """, (await WaitAsync(1))[0].Text);
    }

    private async Task<IReadOnlyList<PrintedTicket>> WaitAsync(int count)
    {
        for (var i = 0; i < 200 && simulator.Printer.Tickets.Count < count; i++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10), TimeProvider.System);
        }
        Assert.Equal(count, simulator.Printer.Tickets.Count);
        return simulator.Printer.Tickets;
    }
}
