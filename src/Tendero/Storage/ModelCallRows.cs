namespace Tendero.Storage;

/// <summary>What one business's calls to one tier came to over a range of time, in micro-units of <see cref="Currency"/>.</summary>
public sealed class ModelCallTotal
{
    public string BusinessId { get; set; } = "";
    public string Tier { get; set; } = "";
    public string Currency { get; set; } = "";
    public long Calls { get; set; }

    /// <summary>Calls that did not end <c>ok</c>: invalid answers, failures, timeouts, rate limits.</summary>
    public long NotOk { get; set; }

    /// <summary>Calls made on this tier because a dearer one had spent its daily budget.</summary>
    public long Degraded { get; set; }

    public long Escalated { get; set; }
    public long InputTokens { get; set; }
    public long OutputTokens { get; set; }
    public long AmountMicros { get; set; }
}

/// <summary>One stored model call, as the cost view lists it (times in Unix milliseconds, names as stored).</summary>
public sealed class ModelCallRow
{
    public long Id { get; set; }
    public string BusinessId { get; set; } = "";
    public string Tier { get; set; } = "";
    public string Model { get; set; } = "";
    public string? Purpose { get; set; }
    public long InputTokens { get; set; }
    public long OutputTokens { get; set; }
    public long LatencyMs { get; set; }
    public string Outcome { get; set; } = "";
    public string? Error { get; set; }
    public long AmountMicros { get; set; }
    public string Currency { get; set; } = "";
    public string? Note { get; set; }
    public long CreatedAt { get; set; }
}
