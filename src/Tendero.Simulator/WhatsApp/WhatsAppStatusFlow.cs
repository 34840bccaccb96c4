using System.Text.Json.Nodes;
using Tendero.Simulator.Infrastructure;
using Tendero.Simulator.People;

namespace Tendero.Simulator.WhatsApp;

/// <summary>An accepted message and the outcome decided when it was accepted: window, read delay (null: never read), reply.</summary>
internal sealed record WhatsAppOutbound(
    string Wamid, string WaId, bool Template, string? CallbackData, bool WindowOpen, TimeSpan? ReadAfter, PersonReply? Reply);

/// <summary>
/// Plays the life of an accepted message as status webhooks: sent → delivered → read (sometimes), or failed 131047 when the
/// 24-hour window was closed; then the person's reply, if any. Each status is posted on its own, so a retried one does not
/// hold back the next (Meta does not guarantee order either: REFERENCE §1.4).
/// </summary>
internal sealed class WhatsAppStatusFlow(SimContext context, WebhookSender sender, WhatsAppInbound inbound)
{
    // A person who answers from the simulator has no profile of their own.
    private const string ReplyProfileName = "Cliente";

    public void Start(WhatsAppLine line, WhatsAppOutbound message, DateTimeOffset acceptedAt)
    {
        // The timers start here, on the request's thread, so each status is due at a fixed offset from acceptance
        // however the background work gets scheduled; tests advancing a fake clock rely on that.
        var behaviour = context.Behaviour;
        var ct = context.Stopping;
        var sentAfter = behaviour.SentDelay;
        var deliveredAfter = sentAfter + behaviour.DeliveredDelay;
        var readAfter = message.WindowOpen ? deliveredAfter + message.ReadAfter : null;

        // Nobody answers a WhatsApp message they have not opened, so a reply follows the read.
        var replyAfter = readAfter + message.Reply?.Delay;
        var timeline = new Timeline(
            context.DelayAsync(sentAfter, ct),
            message.WindowOpen ? context.DelayAsync(deliveredAfter, ct) : null,
            readAfter is { } r ? (context.DelayAsync(r, ct), acceptedAt + r) : null,
            replyAfter is { } p ? (context.DelayAsync(p, ct), acceptedAt + p) : null);
        context.Background(stopping => RunAsync(line, message, timeline, stopping));
    }

    private async Task RunAsync(WhatsAppLine line, WhatsAppOutbound message, Timeline timeline, CancellationToken ct)
    {
        await timeline.Sent;
        if (timeline.Delivered is null)
        {
            Emit(line, message, "failed", pricing: null, WhatsAppErrors.ReEngagementError());
            return;
        }

        Emit(line, message, "sent", WhatsAppJson.Pricing(message.Template), error: null);
        await timeline.Delivered;
        Emit(line, message, "delivered", WhatsAppJson.Pricing(message.Template), error: null);
        var address = "+" + message.WaId;
        if (timeline.Read is (var read, var readAt))
        {
            await read;
            context.Journal.Add(new PersonActionRecord(readAt, SimProvider.WhatsApp, PersonAction.Read, address, message.Wamid, null));
            Emit(line, message, "read", pricing: null, error: null);
        }

        if (timeline.Reply is (var replied, var replyAt) && message.Reply is { } reply)
        {
            await replied;
            var result = await inbound.SendAsync(line, message.WaId, ReplyProfileName, "text", new JsonObject { ["body"] = reply.Text },
                replyTo: null, ct);
            context.Journal.Add(new PersonActionRecord(replyAt, SimProvider.WhatsApp, PersonAction.Reply, address, message.Wamid, reply.Text)
            {
                InboundId = result.ProviderId,
            });
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

    /// <summary>The timers of one message, started at acceptance; a null step does not happen.</summary>
    private sealed record Timeline(Task Sent, Task? Delivered, (Task Due, DateTimeOffset At)? Read, (Task Due, DateTimeOffset At)? Reply);
}
