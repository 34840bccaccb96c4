using Tendero.Core;
using Tendero.Delivery;
using Tendero.Storage;

namespace Tendero.Inbox;

/// <summary>
/// The one way inbound traffic enters: store it durably, then wake whoever reacts to it. Webhook endpoints and
/// pollers both call this, and only answer the provider after it returns.
/// </summary>
public sealed class Ingest(InboxStore inbox, WorkSignals signals)
{
    public async Task<IngestResult> StoreAsync(InboundBatch batch, CancellationToken ct)
    {
        if (batch.IsEmpty)
        {
            return new IngestResult([], 0, 0);
        }
        var result = await inbox.IngestAsync(batch, ct);
        if (result.NewMessages.Count > 0)
        {
            signals.Inbound.Wake();
        }
        // A reply or a read receipt may answer an alert.
        signals.Chains.Wake();
        return result;
    }
}
