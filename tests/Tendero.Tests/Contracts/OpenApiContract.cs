using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tendero.Tests.Contracts;

/// <summary>
/// An OpenAPI 3 document (Meta's WhatsApp Cloud API, Twilio's 2010-04-01 API) that checks the
/// requests we send and the answers the simulator gives. Every method returns readable errors such
/// as "body.text.body: required property missing"; an empty list means the contract is met.
/// </summary>
internal sealed class OpenApiContract
{
    private readonly SchemaChecker checker;
    private readonly OperationIndex operations;

    /// <param name="document">The whole OpenAPI document as JSON.</param>
    /// <param name="checkPatterns">Whether to apply <c>pattern</c>, which some files get wrong.</param>
    /// <param name="schemaAliases">Component schemas to read in place of others, to mend a file's references.</param>
    public OpenApiContract(JsonElement document, bool checkPatterns, IReadOnlyDictionary<string, string>? schemaAliases = null)
    {
        checker = new SchemaChecker(document, checkPatterns, schemaAliases ?? new Dictionary<string, string>());
        operations = new OperationIndex(document);
    }

    /// <summary>The templated path a request hits, such as <c>/{Version}/{Phone-Number-ID}/messages</c>.</summary>
    public string? FindTemplate(string method, string path) => operations.Find(method, path)?.Template;

    /// <summary>Checks a request body, JSON or form, against the operation's request-body schema.</summary>
    public IReadOnlyList<string> ValidateRequest(
        string method, string path, string? contentType, JsonNode? jsonBody, IReadOnlyDictionary<string, string>? formBody)
    {
        if (operations.Find(method, path) is not { } operation)
        {
            return [$"{method} {path}: no such operation in the contract"];
        }

        var hasBody = jsonBody is not null || formBody is not null;
        if (!operation.Definition.TryGetProperty("requestBody", out var requestBody))
        {
            return hasBody ? [$"body: {operation.Method} {operation.Template} documents no request body"] : [];
        }

        requestBody = Flatten(requestBody);
        if (!hasBody)
        {
            var required = requestBody.TryGetProperty("required", out var flag) && flag.ValueKind == JsonValueKind.True;
            return required ? ["body: required request body missing"] : [];
        }

        var media = (contentType ?? (formBody is null ? "application/json" : "application/x-www-form-urlencoded"))
            .Split(';', 2)[0].Trim().ToLowerInvariant();
        var content = requestBody.GetProperty("content");
        if (!content.TryGetProperty(media, out var mediaType))
        {
            var accepted = JsonValues.DescribeList(content.EnumerateObject().Select(c => c.Name));
            return [$"body: content type '{media}' is not one of {accepted}"];
        }

        var schema = mediaType.TryGetProperty("schema", out var declared) ? declared : default;
        return formBody is not null
            ? FormChecks.Check(checker, schema, formBody)
            : checker.Check(schema, jsonBody, "body");
    }

    /// <summary>Checks an answer's JSON body against the response for its status, or the default one.</summary>
    public IReadOnlyList<string> ValidateResponse(string method, string path, int status, JsonNode? body)
    {
        if (operations.Find(method, path) is not { } operation)
        {
            return [$"{method} {path}: no such operation in the contract"];
        }

        var responses = operation.Definition.GetProperty("responses");
        var code = status.ToString(CultureInfo.InvariantCulture);
        if (!responses.TryGetProperty(code, out var response) &&
            !responses.TryGetProperty($"{code[0]}XX", out response) &&
            !responses.TryGetProperty("default", out response))
        {
            var documented = JsonValues.DescribeList(responses.EnumerateObject().Select(r => r.Name));
            return [$"status {status} is not documented for {operation.Method} {operation.Template} (documented: {documented})"];
        }

        response = Flatten(response);
        if (!response.TryGetProperty("content", out var content) || !content.EnumerateObject().Any())
        {
            return body is null ? [] : [$"body: status {status} of {operation.Template} documents no body"];
        }

        var mediaType = content.TryGetProperty("application/json", out var json) ? json : content.EnumerateObject().First().Value;
        if (body is null)
        {
            return [$"body: missing, status {status} of {operation.Template} documents one"];
        }

        return mediaType.TryGetProperty("schema", out var schema) ? checker.Check(schema, body, "body") : [];
    }

    /// <summary>Checks a value against a named schema, such as <c>WebhookPayload</c> or <c>GraphAPIError</c>.</summary>
    public IReadOnlyList<string> ValidateSchema(string componentName, JsonNode? value)
    {
        var reference = $"#/components/schemas/{componentName}";
        _ = checker.Resolve(reference); // Throws for a name the contract lacks: a typo, not a finding.
        using var schema = JsonDocument.Parse($$"""{"$ref": "{{reference}}"}""");
        return checker.Check(schema.RootElement, value, "body");
    }

    private JsonElement Flatten(JsonElement item) =>
        item.TryGetProperty("$ref", out var reference) ? checker.Resolve(reference.GetString()!) : item;
}
