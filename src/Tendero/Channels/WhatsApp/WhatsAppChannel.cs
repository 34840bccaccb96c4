using Tendero.Config;
using Tendero.Core;

namespace Tendero.Channels.WhatsApp;

/// <summary>WhatsApp Cloud API over plain HttpClient. Statuses find their row by the wamid the send returns.</summary>
public sealed class WhatsAppChannel(WhatsAppClient client) : IChannel
{
    public ChannelKind Kind => ChannelKind.WhatsApp;

    public bool IsConfigured(BusinessConfig business) => business.WhatsApp is not null;

    public async Task<SendResult> SendAsync(BusinessConfig business, OutboundMessage message, CancellationToken ct)
    {
        var account = business.WhatsApp ?? throw new InvalidOperationException($"{business.Id} has no WhatsApp channel.");
        try
        {
            // Graph wants the number without the plus (wa_id form).
            var to = message.To.Value.TrimStart('+');
            // Outside the 24-hour window only an approved template may go; the sender decides which one.
            var (id, error, status) = message.Template is { } template
                ? await client.SendTemplateAsync(account, to, template, ct)
                : await client.SendTextAsync(account, to, message.Text, ct);
            return id is not null ? new SendResult.Sent(id) : WhatsAppErrors.Classify(error!, status, message.Template);
        }
        catch (HttpRequestException e)
        {
            return new SendResult.Retry("network", $"could not reach the Graph API: {e.Message}");
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return new SendResult.Retry("timeout", "the Graph API did not answer in time");
        }
    }
}
