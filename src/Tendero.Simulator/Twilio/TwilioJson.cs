using System.Globalization;
using System.Text.Json.Nodes;
using Tendero.Simulator.Infrastructure;

namespace Tendero.Simulator.Twilio;

/// <summary>Message and Call resources and error bodies as twilio_api_v2010.json describes them.</summary>
internal static class TwilioJson
{
    public const string ApiVersion = "2010-04-01";

    public static SimReply Error(int status, int code, string message) => new(status, new JsonObject
    {
        ["code"] = code,
        ["message"] = message,
        ["more_info"] = $"https://www.twilio.com/docs/errors/{code}",
        ["status"] = status,
    }, code);

    /// <summary>RFC 2822 in UTC, the format of every <c>date_*</c> field.</summary>
    public static string Rfc2822(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);

    public static JsonObject Message(string sid, string accountSid, string from, string to, string body, int segments, DateTimeOffset created)
    {
        var uri = $"/{ApiVersion}/Accounts/{accountSid}/Messages/{sid}";
        return new JsonObject
        {
            ["body"] = body,
            ["num_segments"] = segments.ToString(CultureInfo.InvariantCulture),
            ["direction"] = "outbound-api",
            ["from"] = from,
            ["to"] = to,
            ["date_updated"] = Rfc2822(created),
            ["price"] = null,
            ["error_message"] = null,
            ["uri"] = uri + ".json",
            ["account_sid"] = accountSid,
            ["num_media"] = "0",
            ["status"] = "queued",
            ["messaging_service_sid"] = null,
            ["sid"] = sid,
            ["date_sent"] = null,
            ["date_created"] = Rfc2822(created),
            ["error_code"] = null,
            ["price_unit"] = "USD",
            ["api_version"] = ApiVersion,
            ["subresource_uris"] = new JsonObject { ["media"] = uri + "/Media.json" },
        };
    }

    public static JsonObject Call(string sid, string accountSid, string from, string to, DateTimeOffset created)
    {
        var uri = $"/{ApiVersion}/Accounts/{accountSid}/Calls/{sid}";
        return new JsonObject
        {
            ["sid"] = sid,
            ["date_created"] = Rfc2822(created),
            ["date_updated"] = Rfc2822(created),
            ["parent_call_sid"] = null,
            ["account_sid"] = accountSid,
            ["to"] = to,
            ["to_formatted"] = to,
            ["from"] = from,
            ["from_formatted"] = from,
            ["phone_number_sid"] = null,
            ["status"] = "queued",
            ["start_time"] = null,
            ["end_time"] = null,
            ["duration"] = null,
            ["price"] = null,
            ["price_unit"] = "USD",
            ["direction"] = "outbound-api",
            ["answered_by"] = null,
            ["api_version"] = ApiVersion,
            ["forwarded_from"] = null,
            ["group_sid"] = null,
            ["caller_name"] = null,
            ["queue_time"] = "0",
            ["trunk_sid"] = null,
            ["uri"] = uri + ".json",
            ["subresource_uris"] = new JsonObject
            {
                ["notifications"] = uri + "/Notifications.json",
                ["recordings"] = uri + "/Recordings.json",
            },
        };
    }
}
