using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Tendero.Simulator.Infrastructure;

namespace Tendero.Simulator.Models.OpenAi;

/// <summary><c>POST /v1/chat/completions</c>, OpenAI-compatible as Groq serves it: Bearer auth, JSON or SSE answers, honest usage.</summary>
internal sealed class OpenAiChat(SimContext context, SimModelOptions options, ModelCallFlow flow, ModelFaults faults, ModelRateWindow window,
    Action<ModelCallRecord> journal)
{
    public const string Route = "/v1/chat/completions";

    public async Task HandleAsync(HttpContext http)
    {
        // Journaled at arrival time, so a held request sorts where the client sent it.
        var arrived = context.Now;
        journal(await ProcessAsync(http, new ModelCallRecord(arrived, SimModelProvider.OpenAi, null, 0)));
    }

    private async Task<ModelCallRecord> ProcessAsync(HttpContext http, ModelCallRecord bare)
    {
        if (!Authorized(http.Request))
        {
            return await ModelReplies.RefuseAsync(http, bare, OpenAiJson.Error(401, "Invalid API Key", "invalid_request_error", "invalid_api_key"));
        }

        var requestId = "req_" + context.Random.Alphanumeric(26);
        using var document = await ModelRead.ParseAsync(http.Request);
        var read = document is null
            ? ModelRead.Invalid(null, "We could not parse the JSON body of your request. The body must be valid JSON.")
            : OpenAiRequestReader.Read(document.RootElement);
        if (read.Request is not { } request)
        {
            return await Refuse(http, read.Refused(bare, document), OpenAiJson.Error(400, read.Error!, "invalid_request_error", null), requestId);
        }

        var record = request.Record(bare.At);
        switch (await flow.RunAsync(request, faults, http.RequestAborted))
        {
            case ModelOutcome.HungUp hold:
                return record with { Fault = hold.Hold.Kind };
            case ModelOutcome.Refused refused:
                return await Refuse(http, record with { Fault = refused.Refusal.Kind }, OpenAiJson.Fault(refused.Refusal, request.Ask.Model), requestId);
            case ModelOutcome.BrainFailed failed:
                return await Refuse(http, record, OpenAiJson.Error(500, failed.Message, "internal_server_error", "internal_server_error"), requestId);
            case ModelOutcome.Answered answer:
                var finish = answer.Truncated ? "length" : "stop";
                var headers = OpenAiJson.RateHeaders(window.Take(request.InputTokens + answer.OutputTokens), requestId);
                await (request.Stream ? StreamAsync(http, request, answer, finish, headers) : WriteAsync(http, request, answer, finish, headers));
                return record with
                {
                    HttpStatus = 200, OutputTokens = answer.OutputTokens, Answer = answer.Text, StopReason = finish, Fault = answer.Fault?.Kind,
                };
            default:
                throw new InvalidOperationException("Unknown model outcome.");
        }
    }

    private Task<ModelCallRecord> Refuse(HttpContext http, ModelCallRecord record, SimReply reply, string requestId)
    {
        var headers = OpenAiJson.RateHeaders(window.Take(0), requestId);
        foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
        {
            headers[name] = value;
        }

        return ModelReplies.RefuseAsync(http, record, reply with { Headers = headers });
    }

    private Task WriteAsync(HttpContext http, ModelRequest request, ModelOutcome.Answered answer, string finish, Dictionary<string, string> headers)
    {
        var body = OpenAiJson.Completion(NewId(), context.Now, request.Ask.Model, answer.Text, finish,
            OpenAiJson.Usage(request.InputTokens, answer.OutputTokens));
        return new SimReply(200, body) { Headers = headers }.WriteAsync(http, metaAscii: false);
    }

    /// <summary>Role first, then the text in pieces, then the finish reason, the usage chunk if asked for, and <c>[DONE]</c>.</summary>
    private async Task StreamAsync(HttpContext http, ModelRequest request, ModelOutcome.Answered answer, string finish, Dictionary<string, string> headers)
    {
        var (id, created, model) = (NewId(), context.Now, request.Ask.Model);
        ModelReplies.StartEvents(http, headers);
        await ModelReplies.EventAsync(http, null, OpenAiJson.Chunk(id, created, model, new JsonObject { ["role"] = "assistant", ["content"] = "" }, null));
        foreach (var piece in ModelReplies.Pieces(answer.Text))
        {
            await ModelReplies.EventAsync(http, null, OpenAiJson.Chunk(id, created, model, new JsonObject { ["content"] = piece }, null));
        }

        await ModelReplies.EventAsync(http, null, OpenAiJson.Chunk(id, created, model, new JsonObject(), finish));
        if (request.IncludeUsage)
        {
            await ModelReplies.EventAsync(http, null, OpenAiJson.Chunk(id, created, model, null, null,
                OpenAiJson.Usage(request.InputTokens, answer.OutputTokens)));
        }

        await ModelReplies.EventAsync(http, null, "[DONE]");
    }

    private string NewId() => "chatcmpl-" + context.Random.Alphanumeric(24);

    private bool Authorized(HttpRequest request) =>
        AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
        && string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
        && !string.IsNullOrWhiteSpace(header.Parameter)
        && (options.OpenAiApiKey is null || header.Parameter == options.OpenAiApiKey);
}
