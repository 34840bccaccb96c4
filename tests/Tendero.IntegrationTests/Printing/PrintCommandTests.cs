using Tendero.Cli;
using Tendero.Simulator.Printer;

namespace Tendero.IntegrationTests.Printing;

/// <summary><c>tendero print</c> against the virtual printer: status first, then the ticket, or a clear refusal.</summary>
public sealed class PrintCommandTests : IAsyncLifetime, IDisposable
{
    private readonly VirtualPrinter printer = new(TimeProvider.System);
    private readonly string ticketFile = Path.Combine(Path.GetTempPath(), $"tendero-ticket-{Guid.NewGuid():N}.json");
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    public async Task InitializeAsync()
    {
        printer.Start();
        await File.WriteAllTextAsync(ticketFile, """
            {"title":"Cocina","customer":"Ana","time":"2026-11-26T20:15:00-05:00",
             "items":[{"quantity":3,"name":"Arepas de queso","notes":"una sin sal"}],"allergies":["maní"],"width":32}
            """);
    }

    public async Task DisposeAsync()
    {
        File.Delete(ticketFile);
        await printer.DisposeAsync();
    }

    public void Dispose()
    {
        output.Dispose();
        error.Dispose();
    }

    private Task<int> RunAsync(string? address = null, string? file = null, int? width = null) =>
        PrintCommand.RunAsync(new PrintRequest(address ?? printer.Address.ToString(), file ?? ticketFile, width, "cp858"), output, error, TimeProvider.System, default);

    [Fact]
    public async Task RunAsync_Online_ReportsStatusAndPrintsAtTheTicketsWidth()
    {
        Assert.Equal(0, await RunAsync());

        Assert.Contains(": ready (online, paper present)", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Printed 'Cocina'", output.ToString(), StringComparison.Ordinal);
        var ticket = await OneTicketAsync();
        Assert.Contains("3x Arepas de queso", ticket.Text, StringComparison.Ordinal);
        Assert.Contains("# > !! ALERGIAS:\n# > MANÍ !!", ticket.Text, StringComparison.Ordinal); // 16 double-size columns
        Assert.All(ticket.Lines, l => Assert.True(l.Text.Length * (l.Big ? 2 : 1) <= 32, l.Text));
    }

    [Theory]
    [InlineData(PrinterCondition.PaperOut, "is out of paper")]
    [InlineData(PrinterCondition.Offline, "is off-line")]
    public async Task RunAsync_PrinterCannotPrint_Exit1WithTheReasonAndNothingPrinted(PrinterCondition condition, string expected)
    {
        printer.Set(condition);

        Assert.Equal(1, await RunAsync());

        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
        Assert.Empty(printer.Tickets);
    }

    [Fact]
    public async Task RunAsync_NobodyListening_Exit1Unreachable()
    {
        var port = printer.Port;
        await printer.DisposeAsync();

        Assert.Equal(1, await RunAsync($"tcp://127.0.0.1:{port}"));
        Assert.Contains("cannot connect to 127.0.0.1", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BadTicketOrAddress_Exit2NamingTheProblem()
    {
        var bad = ticketFile + ".bad";
        await File.WriteAllTextAsync(bad, """{"title":"Cocina","time":"ayer","items":[]}""");
        try
        {
            Assert.Equal(2, await RunAsync(file: bad));
            Assert.Equal(2, await RunAsync(address: "192.168.1.50"));
            Assert.Equal(2, await RunAsync(width: 40));
            Assert.Equal(2, await RunAsync(file: "/nonexistent/ticket.json"));
        }
        finally
        {
            File.Delete(bad);
        }

        var said = error.ToString();
        Assert.Contains("time: 'ayer' is not an ISO 8601 time", said, StringComparison.Ordinal);
        Assert.Contains("--printer: '192.168.1.50' is not a printer address", said, StringComparison.Ordinal);
        Assert.Contains("--width: 40 is not 32, 42 or 48", said, StringComparison.Ordinal);
        Assert.Contains("--ticket: cannot read /nonexistent/ticket.json", said, StringComparison.Ordinal);
    }

    private async Task<PrintedTicket> OneTicketAsync()
    {
        for (var i = 0; i < 200 && printer.Tickets.Count == 0; i++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10), TimeProvider.System);
        }
        return Assert.Single(printer.Tickets);
    }
}
