namespace Tendero.Storage;

/// <summary>A failed outbound message as the operator sees it (API and CLI). Holds personal data: text and address.</summary>
public sealed class DeadLetter
{
    public long Id { get; set; }
    public string BusinessId { get; set; } = "";
    public string Channel { get; set; } = "";
    public string Address { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? Text { get; set; }
    public string? ErrorCode { get; set; }
    public string? ErrorReason { get; set; }
    public long Attempts { get; set; }
    public long? FailedAt { get; set; }
    public long CreatedAt { get; set; }
}

/// <summary>A failed outbound message with no text and no address, for the public status page.</summary>
public sealed class DeadSummary
{
    public long Id { get; set; }
    public string BusinessId { get; set; } = "";
    public string Channel { get; set; } = "";
    public string? ErrorCode { get; set; }
    public string? ErrorReason { get; set; }
    public long? FailedAt { get; set; }
}

/// <summary>How many failed outbound messages one (business, channel) holds.</summary>
public sealed class DeadCount
{
    public string BusinessId { get; set; } = "";
    public string Channel { get; set; } = "";
    public long Count { get; set; }
}
