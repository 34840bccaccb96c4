using System.Text.Json;

namespace Tendero.Simulator.Models;

/// <summary>One model call as the brain sees it, the same for both providers.</summary>
/// <param name="System">System text: OpenAI system/developer messages or Anthropic's <c>system</c>, joined by blank lines; null when none.</param>
/// <param name="Messages">The conversation without the system part, oldest first.</param>
/// <param name="Schema">The requested JSON schema (OpenAI <c>response_format.json_schema.schema</c>, Anthropic <c>output_config.format.schema</c>).</param>
/// <param name="SchemaName">OpenAI's <c>json_schema.name</c>; for Anthropic, the schema's <c>title</c> if any.</param>
public sealed record ModelAsk(
    SimModelProvider Provider,
    string Model,
    string? System,
    IReadOnlyList<ModelAskMessage> Messages,
    JsonElement? Schema,
    string? SchemaName,
    ModelAnswerFormat Format)
{
    /// <summary>The text of the last user message, or null.</summary>
    public string? UserText => Messages.LastOrDefault(m => m.Role == "user")?.Text;
}
