namespace Tendero.Connectors.Actions;

/// <summary>A call to queue: one action on one event. Its delivery id is <c>{action}:{event id}</c>.</summary>
public sealed record NewActionCall(string BusinessId, string Action, long EventId, string Topic, string Payload, DateTimeOffset OccurredAt)
{
    public string DedupeKey => $"{Action}:{EventId}";
}

/// <summary>A call the worker holds under a lease; completing it needs the same owner and token.</summary>
public sealed record ActionCall(
    long Id, string BusinessId, string Action, long EventId, string Topic, string Payload, DateTimeOffset OccurredAt,
    string DedupeKey, long Attempts, long LeaseToken);

/// <summary>A call as stored, for the status of an action and for tests.</summary>
public sealed record ActionCallState(
    long Id, string BusinessId, string Action, long EventId, string DedupeKey, string State, long Attempts,
    DateTimeOffset RunAt, int? LastStatus, string? LastError, string? Result, DateTimeOffset? DoneAt);
