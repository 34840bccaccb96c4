namespace Tendero.Dashboard;

// The rows DashboardQueries reads; Dapper fills them by column name.

public sealed class MessageBucket
{
    public string Channel { get; init; } = "";
    public string Direction { get; init; } = "";
    public long Bucket { get; init; }
    public long Count { get; init; }
}

public sealed class StatusBucket
{
    public string Channel { get; init; } = "";
    public string Status { get; init; } = "";
    public long Count { get; init; }
}

public sealed class FailureGroup
{
    public string Channel { get; init; } = "";
    public string Code { get; init; } = "";
    public string Reason { get; init; } = "";
    public long Count { get; init; }
}

public sealed class LaneNow
{
    public string Lane { get; init; } = "";
    public long Queued { get; init; }
    public long Sending { get; init; }
    public long SentRecently { get; init; }
}

public sealed class ChainStepCount
{
    public string Policy { get; init; } = "";
    public long Step { get; init; }
    public long Count { get; init; }
}

public sealed class CostBucket
{
    public long Bucket { get; init; }
    public string Currency { get; init; } = "";
    public long Micros { get; init; }
}

public sealed class TranscriptLine
{
    public long Id { get; init; }
    public string Direction { get; init; } = "";
    public string Kind { get; init; } = "";
    public string? Text { get; init; }
    public string Status { get; init; } = "";
    public string? ErrorReason { get; init; }
    public long CreatedAt { get; init; }
}
