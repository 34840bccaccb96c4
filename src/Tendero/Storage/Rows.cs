namespace Tendero.Storage;

/// <summary>A message row as stored (both directions). Times are Unix milliseconds.</summary>
public sealed class MessageRow
{
    public long Id { get; set; }
    public string BusinessId { get; set; } = "";
    public string Channel { get; set; } = "";
    public string Direction { get; set; } = "";
    public string Address { get; set; } = "";
    public string? ContactName { get; set; }
    public string Kind { get; set; } = "";
    public string? Text { get; set; }
    public string? Raw { get; set; }
    public string Status { get; set; } = "";
    public string? ProviderId { get; set; }
    public string? ErrorCode { get; set; }
    public string? ErrorReason { get; set; }
    public long? RunAt { get; set; }
    public long Attempts { get; set; }
    public long CreatedAt { get; set; }
    public long UpdatedAt { get; set; }
    public long? ProviderAt { get; set; }
    public long? SentAt { get; set; }
    public long? DeliveredAt { get; set; }
    public long? ReadAt { get; set; }
    public long? FailedAt { get; set; }
}

/// <summary>An outbound row claimed by a dispatcher. <see cref="LeaseToken"/> fences its completion.</summary>
public sealed class ClaimedRow
{
    public long Id { get; set; }
    public string BusinessId { get; set; } = "";
    public string Channel { get; set; } = "";
    public string Address { get; set; } = "";
    public string? Text { get; set; }
    public long Attempts { get; set; }
    public long LeaseToken { get; set; }
    public string Kind { get; set; } = "text";
    public string? Language { get; set; }
    public string? Data { get; set; }
    public long? ChainId { get; set; }
    public long Priority { get; set; } = 1;
}

/// <summary>How many messages sit in one (business, channel, direction, status) cell.</summary>
public sealed class StatusCount
{
    public string BusinessId { get; set; } = "";
    public string Channel { get; set; } = "";
    public string Direction { get; set; } = "";
    public string Status { get; set; } = "";
    public long Count { get; set; }
}

/// <summary>The queue of one lane: rows waiting, rows being sent, and the oldest wait.</summary>
public sealed class LaneDepth
{
    public string Lane { get; set; } = "";
    public long Queued { get; set; }
    public long Sending { get; set; }
    public long? OldestRunAt { get; set; }
}
