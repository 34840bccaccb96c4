using System.CommandLine;
using Tendero.Connectors.EscPos;

namespace Tendero.Cli;

/// <summary>
/// <c>tendero print --printer tcp://HOST:9100|PATH --ticket FILE.json [--width 42]</c>: prints one kitchen ticket by
/// hand, straight to the printer (not through the queue), after reporting its status. Exit 0 printed, 1 the printer
/// cannot print now (off-line, out of paper, unreachable), 2 a bad address or ticket.
/// </summary>
internal static class PrintCommand
{
    public static Command Create()
    {
        var printer = new Option<string>("--printer") { Description = "tcp://HOST:9100, file:///dev/usb/lp0 or a device path", Required = true };
        var ticket = new Option<string>("--ticket") { Description = "The ticket as JSON (title, table or customer, time, items, allergies, footer)", Required = true };
        var width = new Option<int?>("--width") { Description = "Characters per line: 32, 42 or 48 (default: the ticket's width, else 42)" };
        var codePage = new Option<string>("--code-page") { Description = "cp858 (ESC t 19) or cp1252 (ESC t 16)", DefaultValueFactory = _ => "cp858" };
        var command = new Command("print", "Print a kitchen ticket on a printer, now") { printer, ticket, width, codePage };
        command.SetAction((result, ct) => RunAsync(
            new PrintRequest(result.GetValue(printer)!, result.GetValue(ticket)!, result.GetValue(width), result.GetValue(codePage)!),
            Console.Out, Console.Error, TimeProvider.System, ct));
        return command;
    }

    public static async Task<int> RunAsync(PrintRequest request, TextWriter output, TextWriter error, TimeProvider time, CancellationToken ct)
    {
        if (!PrinterAddress.TryParse(request.Printer, out var address, out var bad))
        {
            await error.WriteLineAsync($"--printer: {bad}");
            return 2;
        }
        if (PrinterCodePage.Find(request.CodePage) is not { } codePage)
        {
            await error.WriteLineAsync($"--code-page: '{request.CodePage}' is not cp858 or cp1252");
            return 2;
        }
        if (await ReadTicketAsync(request.TicketFile, error, ct) is not { } ticket)
        {
            return 2;
        }
        var columns = request.Width ?? ticket.Width ?? TicketWidths.Default;
        if (!TicketWidths.IsSupported(columns))
        {
            await error.WriteLineAsync($"--width: {columns} is not 32, 42 or 48");
            return 2;
        }
        var device = new PrinterTransports(time).Open(address);
        var status = await device.StatusAsync(ct);
        await output.WriteLineAsync($"{address}: {status.State.ToString().ToLowerInvariant()} ({status.Detail})");
        if (!status.CanPrint)
        {
            await error.WriteLineAsync(Refusal(address, status));
            return 1;
        }
        var bytes = EscPosEncoder.Encode(ticket, columns, codePage);
        var printed = await device.PrintAsync(bytes, ct);
        if (!printed.Printed)
        {
            await error.WriteLineAsync(Refusal(address, printed.Status));
            return 1;
        }
        await output.WriteLineAsync($"Printed '{ticket.Title}' ({bytes.Length} bytes, {columns} columns, {codePage.Name}).");
        return 0;
    }

    private static async Task<KitchenTicket?> ReadTicketAsync(string path, TextWriter error, CancellationToken ct)
    {
        try
        {
            if (new FileInfo(path).Length > TicketReader.MaxBytes)
            {
                await error.WriteLineAsync($"--ticket: {path} is larger than {TicketReader.MaxBytes / 1024} KB");
                return null;
            }
            return TicketReader.Parse(await File.ReadAllTextAsync(path, ct));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"--ticket: cannot read {path}: {e.Message}");
        }
        catch (TicketFormatException e)
        {
            await error.WriteLineAsync($"--ticket: {path}: {e.Message}");
        }
        return null;
    }

    private static string Refusal(PrinterAddress address, PrinterStatus status) => status.State switch
    {
        PrinterState.PaperOut => $"Not printed: {address} is out of paper. Load a roll and try again.",
        PrinterState.Offline => $"Not printed: {address} is off-line (cover open, paper out or an error). Check the printer and try again.",
        _ => $"Not printed: {status.Detail}. Check that the printer is on and the address is right.",
    };
}

/// <summary>The flags of <c>tendero print</c>.</summary>
internal sealed record PrintRequest(string Printer, string TicketFile, int? Width, string CodePage);
