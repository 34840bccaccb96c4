namespace Tendero.Simulator.Models;

/// <summary>A valid model call, read from either provider's body.</summary>
/// <param name="InputTokens">The prompt's token count, as <c>usage</c> reports it.</param>
internal sealed record ModelRequest(ModelAsk Ask, int InputTokens)
{
    public int? MaxTokens { get; init; }

    public bool Stream { get; init; }

    /// <summary>OpenAI <c>stream_options.include_usage</c>: a last chunk with <c>usage</c> and no choices.</summary>
    public bool IncludeUsage { get; init; }

    public bool HasTemperature { get; init; }

    public bool HasTopP { get; init; }

    public bool HasTopK { get; init; }

    /// <summary>The journal entry of this call before it is answered.</summary>
    public ModelCallRecord Record(DateTimeOffset at) => new(at, Ask.Provider, Ask.Model, 0)
    {
        InputTokens = InputTokens,
        HasTemperature = HasTemperature,
        HasTopP = HasTopP,
        HasTopK = HasTopK,
        MaxTokens = MaxTokens,
        Format = Ask.Format,
        SchemaName = Ask.SchemaName,
        Stream = Stream,
        UserText = Ask.UserText,
    };
}
