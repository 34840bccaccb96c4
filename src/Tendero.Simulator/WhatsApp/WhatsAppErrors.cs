using System.Text.Json.Nodes;
using Tendero.Simulator.Infrastructure;

namespace Tendero.Simulator.WhatsApp;

/// <summary>Graph API error envelopes and the codes the simulator uses (REFERENCE §1.1, §1.2).</summary>
internal static class WhatsAppErrors
{
    public const int InvalidParameter = 100;
    public const int TokenInvalid = 190;
    public const int RateLimit = 130429;
    public const int PairRateLimit = 131056;
    public const int ReEngagement = 131047;

    public static SimReply BadToken(SimRandom random) =>
        Reply(401, TokenInvalid, "Invalid OAuth access token - Cannot parse access token", null, random);

    public static SimReply UnknownObject(string phoneNumberId, SimRandom random) => Reply(400, InvalidParameter,
        $"Unsupported post request. Object with ID '{phoneNumberId}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.",
        null, random, type: "GraphMethodException", subcode: 33);

    /// <summary>A body that breaks the send-message schema; <paramref name="detail"/> says which rule, as Meta's message does.</summary>
    public static SimReply Invalid(string detail, SimRandom random) =>
        Reply(400, InvalidParameter, $"(#100) {detail}", detail, random);

    public static SimReply Throttled(int code, SimRandom random) => code == RateLimit
        ? Reply(400, RateLimit, "(#130429) Rate limit hit",
            "Message failed to send because there were too many messages sent from this phone number in a short period of time", random)
        : Reply(400, PairRateLimit, "(#131056) (Business Account, Consumer Account) pair rate limit hit",
            "Message failed to send because there were too many messages sent from this phone number to the same phone number in a short period of time", random);

    /// <summary>Code 1 (HTTP 500) or code 2 (HTTP 503), both transient on Meta's side.</summary>
    public static SimReply ServerError(SimRandom random) => random.Next(2) == 0
        ? Reply(500, 1, "An unknown error occurred", null, random, transient: true)
        : Reply(503, 2, "Service temporarily unavailable", null, random, transient: true);

    public static JsonObject ReEngagementError() => new()
    {
        ["code"] = ReEngagement,
        ["title"] = "Re-engagement message",
        ["message"] = "Re-engagement message",
        ["error_data"] = new JsonObject
        {
            ["details"] = "Message failed to send because more than 24 hours have passed since the customer last replied to this number.",
        },
        ["href"] = "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/",
    };

    private static SimReply Reply(int status, int code, string message, string? details, SimRandom random,
        string type = "OAuthException", int? subcode = null, bool transient = false)
    {
        var error = new JsonObject { ["message"] = message, ["type"] = type, ["code"] = code };
        if (details is not null)
        {
            error["error_data"] = new JsonObject { ["messaging_product"] = "whatsapp", ["details"] = details };
        }

        if (subcode is not null)
        {
            error["error_subcode"] = subcode;
        }

        if (transient)
        {
            error["is_transient"] = true;
        }

        error["fbtrace_id"] = random.Alphanumeric(23);
        return new SimReply(status, new JsonObject { ["error"] = error }, code);
    }
}
