namespace Tendero.Simulator.Models;

/// <summary>One scripted outcome for one model call. Build with the static factories.</summary>
/// <param name="Kind">What happens.</param>
public sealed record ModelFault(ModelFaultKind Kind)
{
    /// <summary>The wait a <see cref="ModelFaultKind.RateLimited"/> answer asks for, sent as whole seconds (at least 1). Default 1 s.</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a <see cref="ModelFaultKind.Timeout"/> holds the request, on the simulator's clock. Default 100 s.</summary>
    public TimeSpan Delay { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>The exact answer of a <see cref="ModelFaultKind.Content"/> fault.</summary>
    public string? Text { get; init; }

    public static ModelFault RateLimited(TimeSpan retryAfter) => new(ModelFaultKind.RateLimited) { RetryAfter = retryAfter };

    public static ModelFault Overloaded() => new(ModelFaultKind.Overloaded);

    public static ModelFault ServerError() => new(ModelFaultKind.ServerError);

    public static ModelFault Timeout(TimeSpan delay) => new(ModelFaultKind.Timeout) { Delay = delay };

    public static ModelFault Malformed() => new(ModelFaultKind.Malformed);

    public static ModelFault Content(string text) => new(ModelFaultKind.Content) { Text = text };

    public static ModelFault SpendLimit() => new(ModelFaultKind.SpendLimit);

    /// <summary>Null when the fault is usable, else a sentence naming the bad field.</summary>
    internal string? Error() => Kind switch
    {
        ModelFaultKind.RateLimited when RetryAfter < TimeSpan.FromSeconds(1) => "retry_after must be at least one second.",
        ModelFaultKind.Timeout when Delay < TimeSpan.Zero => "delay must not be negative.",
        ModelFaultKind.Content when Text is null => "A content fault needs its text.",
        _ when !Enum.IsDefined(Kind) => $"Unknown fault kind {Kind}.",
        _ => null,
    };
}
