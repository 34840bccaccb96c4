using System.Text.Json;

namespace Tendero.Simulator.Models.Anthropic;

/// <summary>
/// Reads a Messages API body as the current Claude models validate it: model, max_tokens and messages required; system as a
/// string or text blocks; <c>output_config.format</c> json_schema; and, like Claude 5.x, no <c>temperature</c>, <c>top_p</c> or
/// <c>top_k</c> (https://platform.claude.com/docs/en/models/haiku-5-5/overview, REFERENCE §4.3).
/// </summary>
internal static class AnthropicRequestReader
{
    private static readonly string[] Sampling = ["temperature", "top_p", "top_k"];

    public static ModelRead Read(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return ModelRead.Invalid(null, "The request body must be a JSON object.");
        }

        var model = body.TryGetProperty("model", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        if (string.IsNullOrWhiteSpace(model))
        {
            return ModelRead.Invalid(null, "model: Field required");
        }

        if (!ModelRead.Has(body, "max_tokens"))
        {
            return ModelRead.Invalid(model, "max_tokens: Field required");
        }

        var (maxTokens, maxError) = ModelRead.PositiveInt(body, "max_tokens");
        if (maxError is not null)
        {
            return ModelRead.Invalid(model, "max_tokens: Input should be an integer of at least 1");
        }

        if (Sampling.FirstOrDefault(name => ModelRead.Has(body, name)) is { } sampling)
        {
            return ModelRead.Invalid(model, $"{sampling}: This model does not support sampling parameters (temperature, top_p, top_k); remove it.");
        }

        if (!body.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array)
        {
            return ModelRead.Invalid(model, "messages: Field required");
        }

        if (messages.GetArrayLength() == 0)
        {
            return ModelRead.Invalid(model, "messages: at least one message is required");
        }

        var conversation = new List<ModelAskMessage>();
        var index = 0;
        foreach (var message in messages.EnumerateArray())
        {
            var role = message.ValueKind == JsonValueKind.Object && message.TryGetProperty("role", out var r) ? r.GetString() : null;
            if (role is not ("user" or "assistant"))
            {
                return ModelRead.Invalid(model, $"messages.{index}.role: Input should be 'user' or 'assistant'");
            }

            if (!message.TryGetProperty("content", out var content) || content.ValueKind == JsonValueKind.Null
                || ModelRead.Text(content) is not { } text)
            {
                return ModelRead.Invalid(model, $"messages.{index}.content: Input should be a valid string or list of content blocks");
            }

            conversation.Add(new ModelAskMessage(role, text));
            index++;
        }

        var system = ModelRead.Has(body, "system") ? ModelRead.Text(body.GetProperty("system")) : null;
        if (ModelRead.Has(body, "system") && system is null)
        {
            return ModelRead.Invalid(model, "system: Input should be a valid string or list of text blocks");
        }

        var (schema, formatError) = ReadSchema(body);
        if (formatError is not null)
        {
            return ModelRead.Invalid(model, formatError);
        }

        var title = schema is { } s && s.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        var ask = new ModelAsk(SimModelProvider.Anthropic, model, system, conversation, schema, title,
            schema is null ? ModelAnswerFormat.Text : ModelAnswerFormat.JsonSchema);
        return ModelRead.Valid(new ModelRequest(ask, ModelTokens.Prompt(ask))
        {
            MaxTokens = maxTokens,
            Stream = body.TryGetProperty("stream", out var stream) && stream.ValueKind == JsonValueKind.True,
        });
    }

    /// <summary><c>output_config.format</c>, or the older beta <c>output_format</c>: <c>{type:"json_schema", schema:{…}}</c>.</summary>
    private static (JsonElement? Schema, string? Error) ReadSchema(JsonElement body)
    {
        JsonElement format;
        string where;
        if (body.TryGetProperty("output_config", out var config) && config.ValueKind == JsonValueKind.Object && ModelRead.Has(config, "format"))
        {
            (format, where) = (config.GetProperty("format"), "output_config.format");
        }
        else if (ModelRead.Has(body, "output_format"))
        {
            (format, where) = (body.GetProperty("output_format"), "output_format");
        }
        else
        {
            return (null, null);
        }

        if (format.ValueKind != JsonValueKind.Object || !format.TryGetProperty("type", out var type) || !type.ValueEquals("json_schema"))
        {
            return (null, $"{where}.type: Input should be 'json_schema'");
        }

        return format.TryGetProperty("schema", out var schema) && schema.ValueKind == JsonValueKind.Object
            ? (schema.Clone(), null)
            : (null, $"{where}.schema: Field required");
    }
}
