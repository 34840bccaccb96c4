using System.Text.Json;

namespace Tendero.Simulator.Models.OpenAi;

/// <summary>
/// Reads a chat completions body the way Groq validates it (https://console.groq.com/docs/openai): model and messages required,
/// <c>max_tokens</c> or <c>max_completion_tokens</c>, <c>n</c> must be 1, <c>response_format</c> text, json_object or json_schema.
/// </summary>
internal static class OpenAiRequestReader
{
    private static readonly string[] Roles = ["system", "developer", "user", "assistant", "tool"];

    public static ModelRead Read(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return ModelRead.Invalid(null, "The request body must be a JSON object.");
        }

        var model = body.TryGetProperty("model", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        if (string.IsNullOrWhiteSpace(model))
        {
            return ModelRead.Invalid(null, "'model' : property 'model' is missing");
        }

        if (!body.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array)
        {
            return ModelRead.Invalid(model, "'messages' : property 'messages' is missing");
        }

        if (messages.GetArrayLength() == 0)
        {
            return ModelRead.Invalid(model, "'messages' : minimum number of items is 1");
        }

        var system = new List<string>();
        var conversation = new List<ModelAskMessage>();
        var index = 0;
        foreach (var message in messages.EnumerateArray())
        {
            var role = message.ValueKind == JsonValueKind.Object && message.TryGetProperty("role", out var r) ? r.GetString() : null;
            if (role is null || !Roles.Contains(role))
            {
                return ModelRead.Invalid(model, $"'messages.{index}.role' : value must be one of {string.Join(", ", Roles)}");
            }

            var text = message.TryGetProperty("content", out var content) ? ModelRead.Text(content) : "";
            if (text is null)
            {
                return ModelRead.Invalid(model, $"'messages.{index}.content' : must be a string or an array of content parts");
            }

            if (role is "system" or "developer")
            {
                system.Add(text);
            }
            else
            {
                conversation.Add(new ModelAskMessage(role, text));
            }

            index++;
        }

        var (maxCompletion, maxCompletionError) = ModelRead.PositiveInt(body, "max_completion_tokens");
        var (maxTokens, maxTokensError) = ModelRead.PositiveInt(body, "max_tokens");
        if ((maxCompletionError ?? maxTokensError) is { } tokenError)
        {
            return ModelRead.Invalid(model, tokenError);
        }

        if (ModelRead.Has(body, "n") && !(body.GetProperty("n").TryGetInt32(out var n) && n == 1))
        {
            return ModelRead.Invalid(model, "'n' : number must be at most 1");
        }

        if (ModelRead.Has(body, "temperature") && !(body.GetProperty("temperature").TryGetDouble(out var t) && t is >= 0 and <= 2))
        {
            return ModelRead.Invalid(model, "'temperature' : number must be between 0 and 2");
        }

        var (format, schema, schemaName, formatError) = ReadFormat(body);
        if (formatError is not null)
        {
            return ModelRead.Invalid(model, formatError);
        }

        var ask = new ModelAsk(SimModelProvider.OpenAi, model, system.Count > 0 ? string.Join("\n\n", system) : null, conversation,
            schema, schemaName, format);
        var streamOptions = body.TryGetProperty("stream_options", out var so) && so.ValueKind == JsonValueKind.Object ? so : default;
        return ModelRead.Valid(new ModelRequest(ask, ModelTokens.Prompt(ask))
        {
            MaxTokens = maxCompletion ?? maxTokens,
            Stream = body.TryGetProperty("stream", out var stream) && stream.ValueKind == JsonValueKind.True,
            IncludeUsage = streamOptions.ValueKind == JsonValueKind.Object && streamOptions.TryGetProperty("include_usage", out var usage)
                && usage.ValueKind == JsonValueKind.True,
            HasTemperature = ModelRead.Has(body, "temperature"),
            HasTopP = ModelRead.Has(body, "top_p"),
            HasTopK = ModelRead.Has(body, "top_k"),
        });
    }

    private static (ModelAnswerFormat Format, JsonElement? Schema, string? Name, string? Error) ReadFormat(JsonElement body)
    {
        if (!ModelRead.Has(body, "response_format"))
        {
            return (ModelAnswerFormat.Text, null, null, null);
        }

        var format = body.GetProperty("response_format");
        var type = format.ValueKind == JsonValueKind.Object && format.TryGetProperty("type", out var t) ? t.GetString() : null;
        switch (type)
        {
            case "text":
                return (ModelAnswerFormat.Text, null, null, null);
            case "json_object":
                return (ModelAnswerFormat.JsonObject, null, null, null);
            case "json_schema":
                if (!format.TryGetProperty("json_schema", out var spec) || spec.ValueKind != JsonValueKind.Object
                    || !spec.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String)
                {
                    return (default, null, null, "'response_format.json_schema.name' : property 'name' is missing");
                }

                var schema = spec.TryGetProperty("schema", out var s) ? s : (JsonElement?)null;
                if (schema is { ValueKind: not JsonValueKind.Object })
                {
                    return (default, null, null, "'response_format.json_schema.schema' : must be an object");
                }

                return (ModelAnswerFormat.JsonSchema, schema?.Clone(), name.GetString(), null);
            default:
                return (default, null, null, "'response_format.type' : value must be one of text, json_object, json_schema");
        }
    }
}
