namespace Tendero.Simulator.Models;

/// <summary>What a call comes to once faults and the brain have had their say; each provider writes it in its own shape.</summary>
internal abstract record ModelOutcome(ModelFault? Fault)
{
    /// <summary>Answered 200 with <paramref name="Text"/>; <paramref name="Truncated"/> when max tokens cut it.</summary>
    public sealed record Answered(string Text, int OutputTokens, bool Truncated, ModelFault? Fault) : ModelOutcome(Fault);

    /// <summary>Refused by a fault (rate limit, overload, server error, spend limit).</summary>
    public sealed record Refused(ModelFault Refusal) : ModelOutcome(Refusal);

    /// <summary>The brain threw: a 500 naming the exception, so a broken brain is not mistaken for a provider fault.</summary>
    public sealed record BrainFailed(string Message) : ModelOutcome((ModelFault?)null);

    /// <summary>The client hung up (or the simulator stopped) while a timeout fault held the request.</summary>
    public sealed record HungUp(ModelFault Hold) : ModelOutcome(Hold);
}
