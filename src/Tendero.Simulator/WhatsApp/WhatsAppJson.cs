using System.Text;
using System.Text.Json.Nodes;
using Tendero.Simulator.Infrastructure;

namespace Tendero.Simulator.WhatsApp;

/// <summary>
/// Webhook and response bodies in Meta's field order, so the bytes match REFERENCE §13.2 exactly.
/// Source: https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages
/// </summary>
internal static class WhatsAppJson
{
    /// <summary><c>{"object":…,"entry":[{"id":waba,"changes":[{"value":{messaging_product, metadata, …items},"field":"messages"}]}]}</c>.</summary>
    public static JsonObject Envelope(SimWhatsAppAccount account, params (string Name, JsonNode Node)[] items)
    {
        var value = new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["metadata"] = new JsonObject
            {
                ["display_phone_number"] = account.DisplayPhoneNumber,
                ["phone_number_id"] = account.PhoneNumberId,
            },
        };
        foreach (var (name, node) in items)
        {
            value[name] = node;
        }

        var change = new JsonObject { ["value"] = value, ["field"] = "messages" };
        var entry = new JsonObject { ["id"] = account.WabaId, ["changes"] = new JsonArray(change) };
        return new JsonObject { ["object"] = "whatsapp_business_account", ["entry"] = new JsonArray(entry) };
    }

    public static JsonObject Status(string wamid, string status, DateTimeOffset at, string recipient, string? callbackData,
        JsonObject? pricing, JsonObject? error)
    {
        var item = new JsonObject
        {
            ["id"] = wamid,
            ["status"] = status,
            ["timestamp"] = SimJson.EpochText(at),
            ["recipient_id"] = recipient,
        };
        if (callbackData is not null)
        {
            item["biz_opaque_callback_data"] = callbackData;
        }

        if (pricing is not null)
        {
            item["pricing"] = pricing;
        }

        if (error is not null)
        {
            item["errors"] = new JsonArray(error);
        }

        return item;
    }

    /// <summary>Per-message pricing (PMP, since July 2025): templates are billed, service replies in the window are free.</summary>
    public static JsonObject Pricing(bool template) => template
        ? new JsonObject { ["billable"] = true, ["pricing_model"] = "PMP", ["type"] = "regular", ["category"] = "utility" }
        : new JsonObject { ["billable"] = false, ["pricing_model"] = "PMP", ["type"] = "free_customer_service", ["category"] = "service" };

    public static JsonObject Contact(string profileName, string waId) =>
        new() { ["profile"] = new JsonObject { ["name"] = profileName }, ["wa_id"] = waId };

    /// <summary>An inbound message: <c>context</c> (replies to a business message) first, then from, id, timestamp, type and the typed body.</summary>
    public static JsonObject Message(string waId, string wamid, DateTimeOffset at, string type, JsonObject content, JsonObject? context)
    {
        var message = new JsonObject();
        if (context is not null)
        {
            message["context"] = context;
        }

        message["from"] = waId;
        message["id"] = wamid;
        message["timestamp"] = SimJson.EpochText(at);
        message["type"] = type;
        message[type] = content;
        return message;
    }

    public static JsonObject SendSuccess(string to, string waId, string wamid) => new()
    {
        ["messaging_product"] = "whatsapp",
        ["contacts"] = new JsonArray(new JsonObject { ["input"] = to, ["wa_id"] = waId }),
        ["messages"] = new JsonArray(new JsonObject { ["id"] = wamid }),
    };

    /// <summary>
    /// A wamid shaped like Meta's: base64 of a small binary record holding the customer's number, a direction byte
    /// (0x11 outbound, 0x12 inbound) and a random hex id, as in the wamids of REFERENCE §13.2.
    /// </summary>
    public static string NewWamid(string waId, bool inbound, SimRandom random)
    {
        var id = random.Hex(inbound ? 20 : 18).ToUpperInvariant();
        var bytes = new List<byte> { 0x1C, 0x18, (byte)waId.Length };
        bytes.AddRange(Encoding.ASCII.GetBytes(waId));
        bytes.AddRange([0x15, 0x02, 0x00, inbound ? (byte)0x12 : (byte)0x11, 0x18, (byte)id.Length]);
        bytes.AddRange(Encoding.ASCII.GetBytes(id));
        bytes.Add(0x00);
        return "wamid." + Convert.ToBase64String(bytes.ToArray());
    }
}
