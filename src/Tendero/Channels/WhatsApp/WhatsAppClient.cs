using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Tendero.Config;
using Tendero.Core;

namespace Tendero.Channels.WhatsApp;

/// <summary>The Graph API wire, nothing more: POST {base}/{version}/{phone-number-id}/messages with a bearer token.</summary>
public sealed class WhatsAppClient(HttpClient http)
{
    /// <summary>Sends a text. Returns the wamid, or the Graph error with the HTTP status it came with.</summary>
    internal Task<(string? MessageId, WhatsAppError? Error, int HttpStatus)> SendTextAsync(
        WhatsAppAccount account, string toDigits, string body, CancellationToken ct) =>
        PostAsync(account, new WhatsAppTextSend("whatsapp", "individual", toDigits, "text", new WhatsAppText(false, body)),
            WhatsAppJson.Default.WhatsAppTextSend, ct);

    /// <summary>Sends an approved template with its body parameters in order, each as a text parameter, and its quick-reply payloads.</summary>
    internal Task<(string? MessageId, WhatsAppError? Error, int HttpStatus)> SendTemplateAsync(
        WhatsAppAccount account, string toDigits, TemplateSend template, CancellationToken ct)
    {
        var all = new List<WhatsAppTemplateComponent>();
        if (template.Parameters.Count > 0)
        {
            all.Add(WhatsAppTemplateComponent.Body(template.Parameters));
        }
        // Quick-reply buttons are part of the approved template; the send only gives each one its payload, by index.
        all.AddRange(template.ButtonPayloads.Select((payload, index) => WhatsAppTemplateComponent.QuickReply(index, payload)));
        List<WhatsAppTemplateComponent>? components = all.Count == 0 ? null : all;
        var payload = new WhatsAppTemplateSend("whatsapp", "individual", toDigits, "template",
            new WhatsAppTemplateObject(template.Name, new WhatsAppLanguageObject("deterministic", template.Language), components));
        return PostAsync(account, payload, WhatsAppJson.Default.WhatsAppTemplateSend, ct);
    }

    private async Task<(string? MessageId, WhatsAppError? Error, int HttpStatus)> PostAsync<T>(
        WhatsAppAccount account, T payload, JsonTypeInfo<T> type, CancellationToken ct)
    {
        var url = new Uri(account.BaseUrl, $"{account.ApiVersion}/{account.PhoneNumberId}/messages");
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = JsonContent.Create(payload, type),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", account.AccessToken);
        using var response = await http.SendAsync(request, ct);
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync(ct);
        try
        {
            if (response.IsSuccessStatusCode)
            {
                var answer = JsonSerializer.Deserialize(text, WhatsAppJson.Default.WhatsAppSendAnswer);
                var id = answer?.Messages?.FirstOrDefault()?.Id;
                return id is null ? (null, Unexpected(text), status) : (id, null, status);
            }
            var error = JsonSerializer.Deserialize(text, WhatsAppJson.Default.WhatsAppErrorAnswer)?.Error;
            return (null, error ?? Unexpected(text), status);
        }
        catch (JsonException)
        {
            return (null, Unexpected(text), status);
        }
    }

    private static WhatsAppError Unexpected(string body) =>
        new($"unexpected answer from the Graph API: {Truncate(body)}", null, 0, null, null);

    private static string Truncate(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
