namespace Tendero.Simulator.Models;

/// <summary>One call to a fake model server and what it answered, as <c>GET /_sim/models/calls</c> returns it.</summary>
/// <param name="At">When the request arrived, on the simulator's clock.</param>
/// <param name="Model">The body's <c>model</c>; null when the body could not be read.</param>
/// <param name="HttpStatus">The status answered; 0 when the client hung up first (e.g. during a timeout fault).</param>
public sealed record ModelCallRecord(DateTimeOffset At, SimModelProvider Provider, string? Model, int HttpStatus)
{
    /// <summary>The provider error type answered, e.g. <c>invalid_request_error</c>, <c>rate_limit_error</c>, <c>overloaded_error</c>.</summary>
    public string? ErrorType { get; init; }

    /// <summary>Why the request was refused, as the error message said.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>The injected fault this call took, if any.</summary>
    public ModelFaultKind? Fault { get; init; }

    /// <summary>Prompt tokens as reported in <c>usage</c> (o200k_base over the real messages), 0 when refused.</summary>
    public int InputTokens { get; init; }

    /// <summary>Answer tokens as reported in <c>usage</c>.</summary>
    public int OutputTokens { get; init; }

    /// <summary>True when the body carried <c>temperature</c>.</summary>
    public bool HasTemperature { get; init; }

    public bool HasTopP { get; init; }

    public bool HasTopK { get; init; }

    /// <summary><c>max_tokens</c> or <c>max_completion_tokens</c>, when given.</summary>
    public int? MaxTokens { get; init; }

    public ModelAnswerFormat Format { get; init; }

    /// <summary>OpenAI's <c>json_schema.name</c>, or the Anthropic schema's <c>title</c>.</summary>
    public string? SchemaName { get; init; }

    public bool Stream { get; init; }

    /// <summary>The last user message.</summary>
    public string? UserText { get; init; }

    /// <summary>The answer text sent.</summary>
    public string? Answer { get; init; }

    /// <summary>OpenAI <c>finish_reason</c> (stop, length) or Anthropic <c>stop_reason</c> (end_turn, max_tokens).</summary>
    public string? StopReason { get; init; }
}
