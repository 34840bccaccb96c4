namespace Tendero.Connectors.Sheets;

/// <summary>How the sheet writer batches and retries. Google allows 60 write requests a minute per user (REFERENCE §8).</summary>
public sealed class SheetWriterOptions
{
    /// <summary>How often queued writes are flushed: each tab's due writes go out together. Default 2 s.</summary>
    public TimeSpan FlushEvery { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The most writes taken in one flush (all tabs). Default 500; each tab's share goes in one append and one batchUpdate.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>How long claimed writes stay reserved for this node while their requests run. Default 1 minute.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Failures (5xx, network) a write may have before it is set aside as dead; a 429 never counts. Default 10.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The longest wait between tries: backoff is min(2^n s + up to 1 s of jitter, this), or Retry-After if longer. Default 64 s.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(64);
}
