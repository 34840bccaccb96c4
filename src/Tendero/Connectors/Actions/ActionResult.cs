namespace Tendero.Connectors.Actions;

/// <summary>What one call came to. Expected failures are values; the worker turns them into a retry or a failed row.</summary>
public abstract record ActionResult
{
    private ActionResult() { }

    /// <summary>The receiver took it. <paramref name="Result"/> is what it answered, when that means something (a SOAP result).</summary>
    public sealed record Done(int Status, string? Result) : ActionResult;

    /// <summary>
    /// Try again later: at <paramref name="After"/> when the receiver said when (Retry-After), else with backoff.
    /// <paramref name="Throttled"/> (a 429) gives the attempt back.
    /// </summary>
    public sealed record Retry(int? Status, string Reason, TimeSpan? After = null, bool Throttled = false) : ActionResult;

    /// <summary>Trying again cannot help (a 4xx, a SOAP Client fault, a placeholder with no value): the call ends as failed.</summary>
    public sealed record Failed(int? Status, string Reason) : ActionResult;
}
