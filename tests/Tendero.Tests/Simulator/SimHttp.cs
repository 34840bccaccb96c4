using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Tendero.Tests.Simulator;

/// <summary>Raw HTTP calls to the simulator as each provider's client makes them.</summary>
public static class SimHttp
{
    public static async Task<(int Status, JsonNode Body)> WhatsAppAsync(SimHarness h, string json, string? token = SimHarness.AccessToken,
        string path = SimHarness.WhatsAppPath)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await SendAsync(h.Http, request);
    }

    public static string WhatsAppText(string to, string body, string? callbackData = null) => new JsonObject
    {
        ["messaging_product"] = "whatsapp",
        ["recipient_type"] = "individual",
        ["to"] = to,
        ["type"] = "text",
        ["text"] = new JsonObject { ["preview_url"] = false, ["body"] = body },
        ["biz_opaque_callback_data"] = callbackData,
    }.ToJsonString();

    public static async Task<(int Status, JsonNode Body)> TelegramAsync(SimHarness h, string method, JsonObject args,
        string token = SimHarness.BotToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/bot{token}/{method}")
        {
            Content = new StringContent(args.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        return await SendAsync(h.Http, request);
    }

    public static async Task<(int Status, JsonNode Body, HttpResponseMessage Response)> TwilioAsync(SimHarness h, string path,
        Dictionary<string, string> form, string user = SimHarness.AccountSid, string password = SimHarness.AuthToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        var response = await h.Http.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return ((int)response.StatusCode, body, response);
    }

    public static Dictionary<string, string> Sms(string to, string body, string? statusCallback = null)
    {
        var form = new Dictionary<string, string> { ["To"] = to, ["From"] = SimHarness.TwilioNumber, ["Body"] = body };
        if (statusCallback is not null)
        {
            form["StatusCallback"] = statusCallback;
        }

        return form;
    }

    private static async Task<(int, JsonNode)> SendAsync(HttpClient http, HttpRequestMessage request)
    {
        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
