#pragma warning disable CA5350 // Twilio defines its signature as HMAC-SHA1; we must compute the same.
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Tendero.Config;

namespace Tendero.IntegrationTests.Support;

/// <summary>Builds webhook requests signed the way each provider signs them, with the demo secrets.</summary>
public static class SignedRequests
{
    public static string Secret(string variable) => Secrets.DemoDefaults[variable];

    public static HttpRequestMessage WhatsApp(string business, string body, string? signature = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/whatsapp/{business}") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Hub-Signature-256", signature ?? Tendero.Channels.WhatsApp.WhatsAppSignature.Sign(bytes, Secret("WHATSAPP_APP_SECRET")));
        return request;
    }

    public static HttpRequestMessage Telegram(string business, string body, string? secret = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/telegram/{business}") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret ?? Secret("TELEGRAM_SECRET_TOKEN"));
        return request;
    }

    /// <summary>Twilio: Base64(HMAC-SHA1(auth token, URL + each form field's name and value, sorted by name)).</summary>
    public static HttpRequestMessage Twilio(Uri publicBase, string path, IReadOnlyDictionary<string, string> form, string? signature = null)
    {
        var url = new Uri(publicBase, path).ToString();
        var data = new StringBuilder(url);
        foreach (var (name, value) in form.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            data.Append(name).Append(value);
        }
        var key = Encoding.UTF8.GetBytes(Secret("TWILIO_AUTH_TOKEN"));
        var computed = Convert.ToBase64String(HMACSHA1.HashData(key, Encoding.UTF8.GetBytes(data.ToString())));
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", signature ?? computed);
        return request;
    }
}
