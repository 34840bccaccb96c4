using Microsoft.Extensions.AI;

namespace Tendero.Ai;

/// <summary>
/// What the router needs to know about a call, carried in <see cref="ChatOptions.AdditionalProperties"/> under
/// <see cref="Key"/>. A call without one goes to the fast tier with no checks and is costed to no business.
/// </summary>
public sealed record ModelRoute
{
    public const string Key = "tendero.route";

    public required string BusinessId { get; init; }

    public required ModelPurpose Purpose { get; init; }

    /// <summary>How many separate constraints the request carries (dishes × dietary needs, change + complaint). Two or more go to smart.</summary>
    public int Constraints { get; init; }

    /// <summary>Forces one tier (the eval command's <c>--tier</c>); null lets the router choose.</summary>
    public ModelTier? Tier { get; init; }

    /// <summary>
    /// Checks an answer's text: valid JSON for the schema, and how confident it is. Null accepts any answer.
    /// The router retries once on an invalid answer, then escalates.
    /// </summary>
    public Func<string, AnswerCheck>? Check { get; init; }

    /// <summary>
    /// How the offline tier answers this request: a local function that returns the answer's text (for Classify, the
    /// JSON of <c>OfflineNlu.Understand</c>). Null means the offline tier cannot serve this request.
    /// </summary>
    public Func<string>? Offline { get; init; }

    public static ModelRoute? From(ChatOptions? options) =>
        options?.AdditionalProperties?.TryGetValue(Key, out var value) == true ? value as ModelRoute : null;

    /// <summary>A copy of <paramref name="options"/> (or new options) carrying this route.</summary>
    public ChatOptions ApplyTo(ChatOptions? options)
    {
        var copy = options?.Clone() ?? new ChatOptions();
        copy.AdditionalProperties ??= [];
        copy.AdditionalProperties[Key] = this;
        return copy;
    }
}

/// <summary>The verdict on one answer: valid or not (and why), and its confidence when the answer states one.</summary>
public sealed record AnswerCheck(bool Valid, double? Confidence, string? Problem)
{
    public static AnswerCheck Ok(double? confidence = null) => new(true, confidence, null);

    public static AnswerCheck Invalid(string problem) => new(false, null, problem);
}
