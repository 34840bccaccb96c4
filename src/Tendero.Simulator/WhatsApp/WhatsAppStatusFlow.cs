using System.Text.Json.Nodes;
using Tendero.Simulator.Infrastructure;

namespace Tendero.Simulator.WhatsApp;

/// <summary>An accepted message and the outcome decided when it was accepted (window, read or not).</summary>
internal sealed record WhatsAppOutbound(string Wamid, string WaId, bool Template, string? CallbackData, bool WindowOpen, bool WillBeRead);

/// <summary>
/// Plays the life of an accepted message as status webhooks: sent → delivered → read (sometimes), or failed 131047 when the
/// 24-hour window was closed. Each status is posted on its own, so a retried one does not hold back the next (Meta does not
/// guarantee order either: REFERENCE §1.4).
/// </summary>
internal sealed class WhatsAppStatusFlow(SimContext context, WebhookSender sender)
{
    public void Start(WhatsAppLine line, WhatsAppOutbound message)
    {
        // The timers start here, on the request's thread, so each status is due at a fixed offset from acceptance
        // however the background work gets scheduled; tests advancing a fake clock rely on that.
        var behaviour = context.Behaviour;
        var ct = context.Stopping;
        var sentAfter = behaviour.SentDelay;
        var deliveredAfter = sentAfter + behaviour.DeliveredDelay;
        var sent = context.DelayAsync(sentAfter, ct);
        var delivered = message.WindowOpen ? context.DelayAsync(deliveredAfter, ct) : null;
        var read = message.WindowOpen && message.WillBeRead ? context.DelayAsync(deliveredAfter + behaviour.ReadDelay, ct) : null;
        context.Background(_ => RunAsync(line, message, sent, delivered, read));
    }

    private async Task RunAsync(WhatsAppLine line, WhatsAppOutbound message, Task sent, Task? delivered, Task? read)
    {
        await sent;
        if (delivered is null)
        {
            Emit(line, message, "failed", pricing: null, WhatsAppErrors.ReEngagementError());
            return;
        }

        Emit(line, message, "sent", WhatsAppJson.Pricing(message.Template), error: null);
        await delivered;
        Emit(line, message, "delivered", WhatsAppJson.Pricing(message.Template), error: null);
        if (read is not null)
        {
            await read;
            Emit(line, message, "read", pricing: null, error: null);
        }
    }

    private void Emit(WhatsAppLine line, WhatsAppOutbound message, string status, JsonObject? pricing, JsonObject? error)
    {
        var url = line.WebhookUrl;
        if (url is null)
        {
            return;
        }

        var item = WhatsAppJson.Status(message.Wamid, status, context.Now, message.WaId, message.CallbackData, pricing, error);
        var envelope = WhatsAppJson.Envelope(line.Account, ("statuses", new JsonArray(item)));
        var request = WhatsAppWebhook.Build(line, url, WebhookKind.Status, status, message.Wamid, envelope, context.Behaviour.WebhookAttempts);
        if (context.Random.Chance(context.Faults.DropStatusRate))
        {
            sender.RecordDropped(request);
            return;
        }

        context.Background(ct => sender.DeliverAsync(request, ct));
    }
}
