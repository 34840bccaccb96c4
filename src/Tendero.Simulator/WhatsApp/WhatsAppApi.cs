using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tendero.Simulator.Infrastructure;

namespace Tendero.Simulator.WhatsApp;

/// <summary><c>POST /{version}/{phone-number-id}/messages</c> of the Graph API: auth, faults, schema, limits, then acceptance.</summary>
internal sealed partial class WhatsAppApi(IReadOnlyDictionary<string, WhatsAppLine> lines, SimContext context, WhatsAppStatusFlow statuses)
{
    public const string Route = "/{version}/{phoneNumberId}/messages";

    public async Task HandleAsync(HttpContext http)
    {
        var phoneNumberId = (string)http.GetRouteValue("phoneNumberId")!;
        var fields = new Dictionary<string, string?>();
        // A request is journaled at the time it arrived, so a slow or held request sorts where the client sent it.
        var arrived = context.Now;
        var reply = await ProcessAsync(http, phoneNumberId, fields);
        context.Journal.Add(new ApiRequestRecord(arrived, SimProvider.WhatsApp, http.Request.Method, http.Request.Path,
            phoneNumberId, fields, reply?.Status ?? 0, reply?.ErrorCode));
        if (reply is not null)
        {
            await reply.WriteAsync(http, metaAscii: true);
        }
    }

    private async Task<SimReply?> ProcessAsync(HttpContext http, string phoneNumberId, Dictionary<string, string?> fields)
    {
        var random = context.Random;
        var version = (string)http.GetRouteValue("version")!;
        var token = Bearer(http.Request);
        if (token is null || !lines.Values.Any(l => l.Account.AccessToken == token))
        {
            return WhatsAppErrors.BadToken(random);
        }

        if (!VersionPattern().IsMatch(version) || !lines.TryGetValue(phoneNumberId, out var line) || line.Account.AccessToken != token)
        {
            return WhatsAppErrors.UnknownObject(phoneNumberId, random);
        }

        if (await ReadObjectAsync(http) is not JsonObject body)
        {
            return WhatsAppErrors.Invalid("The request body must be a JSON object.", random);
        }

        // Mark-as-read shares the endpoint: {"messaging_product":"whatsapp","status":"read","message_id":…}.
        if (WhatsAppSendRequest.StringField(body, "status") == "read")
        {
            fields["status"] = "read";
            fields["message_id"] = WhatsAppSendRequest.StringField(body, "message_id");
            return fields["message_id"] is null
                ? WhatsAppErrors.Invalid("The parameter message_id is required.", random)
                : new SimReply(200, new JsonObject { ["success"] = true });
        }

        var request = WhatsAppSendRequest.Parse(body, out var error);
        fields["to"] = WhatsAppSendRequest.StringField(body, "to");
        fields["type"] = WhatsAppSendRequest.StringField(body, "type") ?? "text";
        // Faults come after the body is read, so the journal shows which message a failed request carried.
        switch (FaultGate.Draw(context))
        {
            case FaultOutcome.ServerError:
                return WhatsAppErrors.ServerError(random);
            case FaultOutcome.Timeout:
                return await FaultGate.HoldAsync(context, http.RequestAborted) ? WhatsAppErrors.ServerError(random) : null;
            case FaultOutcome.RateLimited:
                return WhatsAppErrors.Throttled(WhatsAppErrors.RateLimit, random);
        }

        if (request is null)
        {
            return WhatsAppErrors.Invalid(error!, random);
        }

        if (line.TryTake(request.WaId) is int limit)
        {
            return WhatsAppErrors.Throttled(limit, random);
        }

        return Accept(line, request);
    }

    private SimReply Accept(WhatsAppLine line, WhatsAppSendRequest request)
    {
        var now = context.Now;
        var template = request.Type == "template";
        var windowOpen = template || !context.Behaviour.EnforceWhatsAppWindow || line.WindowOpen(request.WaId, now);
        var wamid = WhatsAppJson.NewWamid(request.WaId, inbound: false, context.Random);
        // The person behind the number decides now, in a fixed order, so a seeded run repeats.
        var address = "+" + request.WaId;
        var readAfter = context.People.ReadDelay(address);
        var reply = context.People.Reply(address);
        context.Journal.Add(new OutboundMessageRecord(SimProvider.WhatsApp, wamid, line.Account.PhoneNumberId, request.WaId,
            request.Type, request.Text, request.TemplateName, request.CallbackData, now) { ButtonPayloads = request.ButtonPayloads });
        statuses.Start(line, new WhatsAppOutbound(wamid, request.WaId, template, request.CallbackData, windowOpen, readAfter, reply), now);
        return new SimReply(200, WhatsAppJson.SendSuccess(request.To, request.WaId, wamid));
    }

    private static string? Bearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    private static async Task<JsonNode?> ReadObjectAsync(HttpContext http)
    {
        try
        {
            return await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^v\d+\.\d+$")]
    private static partial Regex VersionPattern();
}
