namespace Tendero.Agents;

/// <summary>An event as an agent receives it: the row from the <c>events</c> table.</summary>
public sealed record AgentEvent(long Id, string BusinessId, string Topic, string OrderKey, string Payload, DateTimeOffset CreatedAt);

/// <summary>
/// An event to publish. <paramref name="OrderKey"/> orders the work: events with the same key are handled one at a time,
/// in order, by each agent. <paramref name="DedupeKey"/>, when set, makes publishing the same event twice a no-op.
/// </summary>
public sealed record NewEvent(string BusinessId, string Topic, string OrderKey, string Payload, string? DedupeKey);
