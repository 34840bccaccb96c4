namespace Tendero.Storage;

/// <summary>What <see cref="DeadLetters.RetryAsync"/> did. Expected refusals are values, not exceptions.</summary>
public abstract record RetryOutcome
{
    private RetryOutcome() { }

    /// <summary>The message is queued again and due at once.</summary>
    public sealed record Retried : RetryOutcome;

    /// <summary>No message with that id (in that business).</summary>
    public sealed record NotFound : RetryOutcome;

    /// <summary>The message exists but is not failed (<paramref name="Status"/>), so it was left alone.</summary>
    public sealed record NotFailed(string Status) : RetryOutcome;

    /// <summary>The sentence the API and the CLI both show for a refusal.</summary>
    public static string NotFailedMessage(long id, string status) =>
        $"message {id} is {status}, only failed messages can be retried";

    public static string NotFoundMessage(long id, string? businessId) =>
        businessId is null ? $"there is no message {id}" : $"business '{businessId}' has no message {id}";
}
