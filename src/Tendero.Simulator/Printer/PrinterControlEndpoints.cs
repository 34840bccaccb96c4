using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Tendero.Simulator.Control;

namespace Tendero.Simulator.Printer;

/// <summary>
/// <c>/_sim/printer</c>: where the virtual printer listens and what it is doing (GET), a new condition (POST
/// <c>{"state":"paper_out","for":"00:10:00"}</c>; state online, offline or paper_out; <c>for</c> optional), and the
/// tickets it printed, decoded (GET <c>/_sim/printer/tickets</c>; DELETE clears them).
/// </summary>
internal static class PrinterControlEndpoints
{
    public static void Map(WebApplication app, VirtualPrinter printer)
    {
        app.MapGet("/_sim/printer", http => ControlJson.WriteAsync(http, View(printer)));
        app.MapPost("/_sim/printer", http => SetAsync(http, printer));
        app.MapGet("/_sim/printer/tickets", http => ControlJson.WriteAsync(http,
            printer.Tickets.Select(t => new { t.At, t.Cut, t.CodeTable, t.Text, t.Lines }).ToList()));
        app.MapDelete("/_sim/printer/tickets", http =>
        {
            printer.ClearTickets();
            http.Response.StatusCode = 204;
            return Task.CompletedTask;
        });
    }

    private static async Task SetAsync(HttpContext http, VirtualPrinter printer)
    {
        var update = await ControlJson.ReadAsync<PrinterUpdate>(http);
        PrinterCondition? condition = update?.State?.ToLowerInvariant() switch
        {
            "online" => PrinterCondition.Online,
            "offline" => PrinterCondition.Offline,
            "paper_out" => PrinterCondition.PaperOut,
            _ => null,
        };
        if (condition is not { } state || update!.For is { } length && length <= TimeSpan.Zero)
        {
            await ControlJson.ProblemAsync(http, 400, "Unreadable printer state",
                "Send {\"state\":\"paper_out\",\"for\":\"00:10:00\"}: state is online, offline or paper_out; for (optional) is a positive duration.");
            return;
        }
        printer.Set(state, update.For);
        if (update.AnswersStatus is { } answers)
        {
            printer.AnswersStatus = answers;
        }
        await ControlJson.WriteAsync(http, View(printer));
    }

    private static object View(VirtualPrinter printer) => new
    {
        Address = printer.Address.ToString().TrimEnd('/'),
        printer.Port,
        State = printer.Condition switch { PrinterCondition.PaperOut => "paper_out", var c => c.ToString().ToLowerInvariant() },
        printer.Until,
        printer.AnswersStatus,
        Tickets = printer.Tickets.Count,
        printer.DroppedBytes,
    };

    private sealed record PrinterUpdate(string? State, TimeSpan? For, bool? AnswersStatus);
}
