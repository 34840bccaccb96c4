using System.Text.Json.Serialization;

namespace Tendero.Simulator.Models;

/// <summary>The model APIs the simulator plays: any OpenAI-compatible chat completions server (Groq) and Anthropic's Messages API.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SimModelProvider>))]
public enum SimModelProvider
{
    /// <summary><c>POST /v1/chat/completions</c>, Bearer auth.</summary>
    [JsonStringEnumMemberName("openai")] OpenAi,

    /// <summary><c>POST /v1/messages</c>, <c>x-api-key</c> and <c>anthropic-version</c>.</summary>
    [JsonStringEnumMemberName("anthropic")] Anthropic,
}
