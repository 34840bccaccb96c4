using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Tendero.Simulator.Infrastructure;

namespace Tendero.Simulator.Models.Anthropic;

/// <summary><c>POST /v1/messages</c>: a key (<c>x-api-key</c> or Bearer) and <c>anthropic-version</c> required, JSON or SSE answers, honest usage.</summary>
internal sealed class AnthropicMessages(SimContext context, SimModelOptions options, ModelCallFlow flow, ModelFaults faults, ModelRateWindow window,
    Action<ModelCallRecord> journal)
{
    public const string Route = "/v1/messages";

    public async Task HandleAsync(HttpContext http)
    {
        var arrived = context.Now;
        journal(await ProcessAsync(http, new ModelCallRecord(arrived, SimModelProvider.Anthropic, null, 0)));
    }

    private async Task<ModelCallRecord> ProcessAsync(HttpContext http, ModelCallRecord bare)
    {
        var requestId = "req_011C" + context.Random.Alphanumeric(20);
        var key = Key(http.Request);
        if (string.IsNullOrWhiteSpace(key) || (options.AnthropicApiKey is not null && key != options.AnthropicApiKey))
        {
            var message = string.IsNullOrWhiteSpace(key) ? "x-api-key header is required" : "invalid x-api-key";
            return await ModelReplies.RefuseAsync(http, bare, AnthropicJson.Error(401, "authentication_error", message, requestId)
                with { Headers = new Dictionary<string, string> { ["request-id"] = requestId } });
        }

        if (string.IsNullOrWhiteSpace(http.Request.Headers["anthropic-version"].ToString()))
        {
            return await Refuse(http, bare, AnthropicJson.Error(400, "invalid_request_error", "anthropic-version: header is required", requestId), requestId);
        }

        using var document = await ModelRead.ParseAsync(http.Request);
        var read = document is null
            ? ModelRead.Invalid(null, "There was an error parsing the body of your request: it is not valid JSON.")
            : AnthropicRequestReader.Read(document.RootElement);
        if (read.Request is not { } request)
        {
            return await Refuse(http, read.Refused(bare, document), AnthropicJson.Error(400, "invalid_request_error", read.Error!, requestId), requestId);
        }

        var record = request.Record(bare.At);
        switch (await flow.RunAsync(request, faults, http.RequestAborted))
        {
            case ModelOutcome.HungUp hold:
                return record with { Fault = hold.Hold.Kind };
            case ModelOutcome.Refused refused:
                return await Refuse(http, record with { Fault = refused.Refusal.Kind }, AnthropicJson.Fault(refused.Refusal, requestId), requestId);
            case ModelOutcome.BrainFailed failed:
                return await Refuse(http, record, AnthropicJson.Error(500, "api_error", failed.Message, requestId), requestId);
            case ModelOutcome.Answered answer:
                var stop = answer.Truncated ? "max_tokens" : "end_turn";
                var headers = AnthropicJson.RateHeaders(window.Take(request.InputTokens + answer.OutputTokens), requestId);
                await (request.Stream ? StreamAsync(http, request, answer, stop, headers) : WriteAsync(http, request, answer, stop, headers));
                return record with
                {
                    HttpStatus = 200, OutputTokens = answer.OutputTokens, Answer = answer.Text, StopReason = stop, Fault = answer.Fault?.Kind,
                };
            default:
                throw new InvalidOperationException("Unknown model outcome.");
        }
    }

    private Task<ModelCallRecord> Refuse(HttpContext http, ModelCallRecord record, SimReply reply, string requestId)
    {
        var headers = AnthropicJson.RateHeaders(window.Take(0), requestId);
        foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
        {
            headers[name] = value;
        }

        return ModelReplies.RefuseAsync(http, record, reply with { Headers = headers });
    }

    private Task WriteAsync(HttpContext http, ModelRequest request, ModelOutcome.Answered answer, string stop, Dictionary<string, string> headers)
    {
        var body = AnthropicJson.Message(NewId(), request.Ask.Model, [AnthropicJson.Text(answer.Text)], stop, request.InputTokens, answer.OutputTokens);
        return new SimReply(200, body) { Headers = headers }.WriteAsync(http, metaAscii: false);
    }

    /// <summary>The event sequence of https://docs.anthropic.com/en/docs/build-with-claude/streaming, one text block.</summary>
    private async Task StreamAsync(HttpContext http, ModelRequest request, ModelOutcome.Answered answer, string stop, Dictionary<string, string> headers)
    {
        ModelReplies.StartEvents(http, headers);
        var start = AnthropicJson.Message(NewId(), request.Ask.Model, [], null, request.InputTokens, 1);
        await ModelReplies.EventAsync(http, "message_start", new JsonObject { ["type"] = "message_start", ["message"] = start });
        await ModelReplies.EventAsync(http, "content_block_start",
            new JsonObject { ["type"] = "content_block_start", ["index"] = 0, ["content_block"] = AnthropicJson.Text("") });
        await ModelReplies.EventAsync(http, "ping", new JsonObject { ["type"] = "ping" });
        foreach (var piece in ModelReplies.Pieces(answer.Text))
        {
            await ModelReplies.EventAsync(http, "content_block_delta", new JsonObject
            {
                ["type"] = "content_block_delta", ["index"] = 0, ["delta"] = new JsonObject { ["type"] = "text_delta", ["text"] = piece },
            });
        }

        await ModelReplies.EventAsync(http, "content_block_stop", new JsonObject { ["type"] = "content_block_stop", ["index"] = 0 });
        await ModelReplies.EventAsync(http, "message_delta", new JsonObject
        {
            ["type"] = "message_delta",
            ["delta"] = new JsonObject { ["stop_reason"] = stop, ["stop_sequence"] = null },
            ["usage"] = new JsonObject { ["output_tokens"] = answer.OutputTokens },
        });
        await ModelReplies.EventAsync(http, "message_stop", new JsonObject { ["type"] = "message_stop" });
    }

    /// <summary>
    /// <c>x-api-key</c>, or a Bearer token: Anthropic SDK 13.x sends <c>ApiKey</c> as <c>Authorization: Bearer</c>
    /// (its <c>ClientOptions.ApiKey</c> docs), and the API takes both.
    /// </summary>
    private static string Key(HttpRequest request)
    {
        var key = request.Headers["x-api-key"].ToString();
        return key.Length > 0 || !AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase) ? key : header.Parameter ?? "";
    }

    private string NewId() => "msg_01" + context.Random.Alphanumeric(22);
}
