using Tendero.Config;
using Tendero.Connectors.EscPos;
using Tendero.Delivery;
using Tendero.Storage;

namespace Tendero.Agents;

/// <summary>
/// The printer agent: <c>kitchen.ticket</c> → a print job on the named printer's queue, written in the same
/// transaction that marks the event handled, with the producer's dedupe id as the job's key. A redelivered event
/// (a crash after printing was queued, a producer that publishes twice) finds the key taken and queues nothing.
/// A ticket that does not read, or a printer the business lacks, fails the event with the reason (retried, then dead).
/// </summary>
public sealed class PrinterAgent(Businesses businesses, WorkSignals signals, TimeProvider time) : IAgent
{
    public string Name => AgentCatalog.Printer;

    public Task<AgentOutcome> HandleAsync(AgentEvent e, CancellationToken ct)
    {
        var payload = Payloads.Read<KitchenTicketPayload>(e);
        if (businesses.Find(e.BusinessId) is not { } business)
        {
            return Task.FromResult(AgentOutcome.Nothing); // the business file is gone: no printer to send to
        }
        if (!business.Printers.ContainsKey(payload.Printer))
        {
            var known = business.Printers.Count == 0 ? "it has none" : "it has " + string.Join(", ", business.Printers.Keys.Order());
            throw new TicketFormatException($"'{payload.Printer}' is not a printer of {business.Id} ({known}).");
        }
        var json = payload.Ticket.GetRawText();
        TicketReader.Parse(json); // refuse a ticket that would never print, now, with its reason
        var job = new NewPrintJob(business.Id, payload.Printer, json, DedupeKey(payload.DedupeId, e.Id));
        return Task.FromResult(new AgentOutcome
        {
            Write = (c, t, token) => PrintQueue.InsertAsync(c, t, job, time.NowMs(), token),
            AfterCommit = signals.Printers.Wake,
        });
    }

    // A long key is hashed rather than cut, so two long keys that share a beginning stay two keys.
    private static string DedupeKey(string? id, long eventId) => id switch
    {
        null or "" => $"event:{eventId}",
        { Length: <= 200 } => id,
        _ => "sha256:" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id))),
    };
}
