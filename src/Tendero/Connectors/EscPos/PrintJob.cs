namespace Tendero.Connectors.EscPos;

/// <summary>A ticket to print on a business's printer, as queued. <paramref name="DedupeKey"/> makes a second enqueue a no-op.</summary>
public sealed record NewPrintJob(string BusinessId, string Printer, string TicketJson, string DedupeKey);

/// <summary>A job held under a lease by one printer loop; completing it is fenced by <see cref="LeaseToken"/>.</summary>
public sealed record PrintJob(
    long Id, string BusinessId, string Printer, string TicketJson, long Attempts, long LeaseToken, DateTimeOffset? FirstFailedAt,
    DateTimeOffset? AlertedAt, DateTimeOffset CreatedAt);
