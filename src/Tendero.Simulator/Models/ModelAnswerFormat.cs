using System.Text.Json.Serialization;

namespace Tendero.Simulator.Models;

/// <summary>What shape of answer a call asked for.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ModelAnswerFormat>))]
public enum ModelAnswerFormat
{
    [JsonStringEnumMemberName("text")] Text,

    /// <summary>OpenAI <c>response_format: {type: json_object}</c>.</summary>
    [JsonStringEnumMemberName("json_object")] JsonObject,

    /// <summary>A JSON schema (OpenAI <c>json_schema</c>, Anthropic <c>output_config.format</c>).</summary>
    [JsonStringEnumMemberName("json_schema")] JsonSchema,
}
