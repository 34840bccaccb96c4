using Tendero.Config;
using Tendero.Core;
using Tendero.Delivery.Chains;
using Tendero.Storage;

namespace Tendero.Connectors.EscPos;

/// <summary>
/// Tells staff about a printer that keeps failing: once its head job has failed for <see cref="PrinterConfig.AlertAfter"/>,
/// an alert starts through the configured policy, keyed by the outage (printer and the moment it began), so a restart or
/// another node never starts a second one. When that job finally prints, the same person gets a one-line note.
/// </summary>
public sealed class PrinterOutage(AlertStarter alerts, Outbox outbox, PrintQueue queue, TimeProvider time)
{
    private static readonly ChannelKind[] Preference = [ChannelKind.Telegram, ChannelKind.WhatsApp, ChannelKind.Sms];

    /// <summary>Starts the outage alert when it is due and not started yet. Returns the result, or null when nothing was due.</summary>
    public async Task<AlertResult?> FailingAsync(BusinessConfig business, PrinterConfig printer, PrintJob job, DateTimeOffset since, PrinterStatus status, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (printer.AlertTo is not { } to || printer.AlertPolicy is not { } policy || job.AlertedAt is not null || now - since < printer.AlertAfter)
        {
            return null;
        }
        var waiting = await queue.CountOpenAsync(business.Id, printer.Name, ct);
        var minutes = (int)(now - since).TotalMinutes;
        var text = business.Language == "en"
            ? $"🖨 The printer '{printer.Name}' has not printed for {minutes} min ({Reason(status, "en")}). {waiting} ticket(s) are waiting and will print when it is back."
            : $"🖨 La impresora '{printer.Name}' no imprime desde hace {minutes} min ({Reason(status, "es")}). Hay {waiting} comanda(s) en espera; saldrán cuando vuelva.";
        var result = await alerts.StartAsync(business, new AlertRequest(to, policy, false, text, null, $"printer:{printer.Name}:{since.Ms()}"), ct);
        await queue.MarkAlertedAsync(job.Id, ct);
        return result;
    }

    /// <summary>After an alerted outage, the job printed: a note to the same person, once per outage.</summary>
    public async Task BackAsync(BusinessConfig business, PrinterConfig printer, PrintJob job, CancellationToken ct)
    {
        if (job.AlertedAt is null || job.FirstFailedAt is not { } since || printer.AlertTo is not { } to || AddressOf(business, to) is not { } address)
        {
            return;
        }
        var text = business.Language == "en"
            ? $"✅ The printer '{printer.Name}' is printing again; the waiting tickets are coming out now."
            : $"✅ La impresora '{printer.Name}' vuelve a imprimir; las comandas en espera están saliendo.";
        await outbox.EnqueueAsync(new OutboundRequest(business.Id, address, text)
        {
            Kind = "printer", Language = business.Language, IdempotencyKey = $"printer-back:{printer.Name}:{since.Ms()}",
        }, ct);
    }

    private static Address? AddressOf(BusinessConfig business, string to)
    {
        if (business.Staff.FirstOrDefault(p => p.Id == to) is { } person)
        {
            var channel = Preference.FirstOrDefault(c => business.Channels.Contains(c) && person.AddressOn(c) is not null);
            return person.AddressOn(channel) is { } value ? new Address(channel, value) : null;
        }
        var text = to.StartsWith('+') ? "sms:" + to : to;
        return Address.TryParse(text, out var address, out _) && business.Channels.Contains(address!.Channel) ? address : null;
    }

    private static string Reason(PrinterStatus status, string language) => (status.State, language) switch
    {
        (PrinterState.PaperOut, "en") => "out of paper",
        (PrinterState.PaperOut, _) => "sin papel",
        (PrinterState.Offline, "en") => "off-line",
        (PrinterState.Offline, _) => "fuera de línea",
        (_, "en") => "unreachable",
        _ => "no responde",
    };
}
