using System.Text.Json;
using Tendero.Config;
using Tendero.Core;
using Tendero.Core.Chains;
using Tendero.Delivery.Pricing;
using Tendero.Storage;

namespace Tendero.Delivery;

/// <summary>
/// The provider rules applied just before a send: the WhatsApp 24-hour window (switch to the approved template for
/// the message's kind, or fail at once with the reason), the SMS length policy, the acknowledge button on a Telegram
/// alert, and the price. Done at send time, not at queue time, because a window can close while a message waits.
/// </summary>
public sealed class SendPreparer(Outbox outbox, TimeProvider time)
{
    /// <summary>WhatsApp's customer-service window, less a margin so a message never reaches Meta just after it closed.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(24) - TimeSpan.FromMinutes(5);

    public async Task<SendPlan> PrepareAsync(BusinessConfig business, ClaimedRow row, CancellationToken ct)
    {
        var channel = ChannelNames.Parse(row.Channel);
        var text = row.Text ?? "";
        var language = row.Language ?? business.Language;
        var message = new OutboundMessage(row.Id, row.BusinessId, new Address(channel, row.Address), text, (int)row.Attempts) { Language = language };
        switch (channel)
        {
            case ChannelKind.WhatsApp:
                var last = await outbox.LastInboundAsync(business.Id, row.Channel, row.Address, ct);
                if (last is { } at && time.GetUtcNow() - at < Window)
                {
                    return Ready(business, message, 1, null, null, "service");
                }
                if (business.TemplateFor(row.Kind) is not { } template)
                {
                    var since = last is null ? "has never written to this number" : $"last wrote at {last:u}";
                    return new SendPlan.Impossible("window-closed",
                        $"The 24-hour WhatsApp window is closed ({row.Address} {since}) and no approved template is configured for " +
                        $"'{row.Kind}' messages: add whatsapp_templates.{row.Kind} (or .default) to {Path.GetFileName(business.SourceFile)}.",
                        Unsent(business, message));
                }
                if (Parameters(template, text, row.Data, out var parameters) is { } missing)
                {
                    return new SendPlan.Impossible("template-data", missing, Unsent(business, message));
                }
                if (ButtonPayloads(template, row.Data, out var payloads) is { } noPayload)
                {
                    return new SendPlan.Impossible("template-data", noPayload, Unsent(business, message));
                }
                return Ready(business, message with { Template = new TemplateSend(template.Name, template.Language, parameters) { ButtonPayloads = payloads } },
                    1, template.Name, null, template.Category);
            case ChannelKind.Sms:
                // An alert's SMS version, written to fit the budget when the alert started, replaces the full text.
                var fit = SmsText.Fit(DataValue(row.Data, Chains.FilledData.Sms) ?? text, business.Sms.MaxSegments, business.Sms.Transliterate);
                return Ready(business, message with { Text = fit.Text }, fit.Measure.Segments, null, fit.Measure.Segments, null);
            case ChannelKind.Telegram when row.ChainId is not null && AnswerButtons(business.TemplateFor(row.Kind), row.Data) is { Count: > 0 } answers:
                // The template's quick replies (Confirm / Cancel) as an inline keyboard: the same choice on every channel.
                return Ready(business, message with { Buttons = answers }, 1, null, null, null);
            case ChannelKind.Telegram when row.ChainId is { } chainId:
                var label = language == "en" ? "✅ Received" : "✅ Recibido";
                return Ready(business, message with { Buttons = [new ReplyButton(label, AckCodes.ButtonData(chainId))] }, 1, null, null, null);
            default:
                // Voice is priced per started minute: one now, corrected from the call's length when it ends.
                return Ready(business, message, 1, null, null, null);
        }
    }

    private static SendPlan.Ready Ready(BusinessConfig business, OutboundMessage message, int units, string? template, int? segments, string? category) =>
        new(message, units, new SendRecord(template, segments, business.Prices?.Quote(message.To.Channel, message.To.Value, category, units)));

    // A message that could not go still gets its (zero) cost entry, so every outbound message has one.
    private static SendRecord Unsent(BusinessConfig business, OutboundMessage message) =>
        new(null, null, business.Prices?.Quote(message.To.Channel, message.To.Value, null, 1));

    private static string? DataValue(string? dataJson, string name)
    {
        try
        {
            return dataJson is null ? null : JsonSerializer.Deserialize<Dictionary<string, string?>>(dataJson)?.GetValueOrDefault(name);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? ButtonPayloads(WhatsAppTemplate template, string? dataJson, out IReadOnlyList<string> payloads)
    {
        var values = new List<string>();
        payloads = values;
        foreach (var button in template.Buttons)
        {
            if (DataValue(dataJson, button.PayloadField) is not { Length: > 0 } payload)
            {
                return $"The template {template.Name} needs '{button.PayloadField}' for its button '{button.Text}', which this message's data does not have.";
            }
            values.Add(payload);
        }
        return null;
    }

    // Only when every button has its payload (and Telegram's 64-byte limit holds): otherwise the plain ack button.
    private static IReadOnlyList<ReplyButton>? AnswerButtons(WhatsAppTemplate? template, string? dataJson)
    {
        if (template is not { Buttons.Count: > 0 })
        {
            return null;
        }
        var buttons = template.Buttons.Select(b => (b.Text, Data: DataValue(dataJson, b.PayloadField))).ToList();
        return buttons.All(b => b.Data is { Length: > 0 } d && System.Text.Encoding.UTF8.GetByteCount(d) <= 64)
            ? buttons.Select(b => new ReplyButton(b.Text, b.Data!)).ToList()
            : null;
    }

    private static string? Parameters(WhatsAppTemplate template, string text, string? dataJson, out IReadOnlyList<string> parameters)
    {
        var values = new List<string>();
        parameters = values;
        Dictionary<string, string?>? data = null;
        try
        {
            data = dataJson is null ? null : JsonSerializer.Deserialize<Dictionary<string, string?>>(dataJson);
        }
        catch (JsonException)
        {
            // Data is checked when it is queued; a row that no longer reads has no usable fields.
        }
        foreach (var (name, position) in template.Parameters.Select((n, i) => (n, i + 1)))
        {
            // A model-filled parameter (checked when the alert started) wins over the field it was filled from.
            var value = data?.GetValueOrDefault(Chains.FilledData.Parameter(position)) ?? (name == "text" ? text : data?.GetValueOrDefault(name));
            if (string.IsNullOrEmpty(value))
            {
                return $"The template {template.Name} needs '{name}', which this message's data does not have.";
            }
            values.Add(value);
        }
        return null;
    }
}
