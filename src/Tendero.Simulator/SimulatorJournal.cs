namespace Tendero.Simulator;

/// <summary>Thread-safe record of every request, accepted message, webhook attempt and person action, oldest first.</summary>
public sealed class SimulatorJournal
{
    private readonly Lock gate = new();
    private readonly List<ApiRequestRecord> requests = [];
    private readonly List<OutboundMessageRecord> outbound = [];
    private readonly List<WebhookAttemptRecord> attempts = [];
    private readonly List<PersonActionRecord> actions = [];

    /// <summary>API calls, optionally of one provider.</summary>
    public IReadOnlyList<ApiRequestRecord> Requests(SimProvider? provider = null)
    {
        lock (gate)
        {
            return requests.Where(r => provider is null || r.Provider == provider).ToArray();
        }
    }

    /// <summary>Accepted messages and calls, optionally of one provider.</summary>
    public IReadOnlyList<OutboundMessageRecord> OutboundMessages(SimProvider? provider = null)
    {
        lock (gate)
        {
            return outbound.Where(m => provider is null || m.Provider == provider).ToArray();
        }
    }

    /// <summary>Webhook attempts, optionally of one provider.</summary>
    public IReadOnlyList<WebhookAttemptRecord> WebhookAttempts(SimProvider? provider = null)
    {
        lock (gate)
        {
            return attempts.Where(a => provider is null || a.Provider == provider).ToArray();
        }
    }

    /// <summary>What virtual people did (reads, replies, presses, keypresses, call ends), optionally of one provider.</summary>
    public IReadOnlyList<PersonActionRecord> PersonActions(SimProvider? provider = null)
    {
        lock (gate)
        {
            return actions.Where(a => provider is null || a.Provider == provider).ToArray();
        }
    }

    /// <summary>Everything at once.</summary>
    public JournalSnapshot Snapshot()
    {
        lock (gate)
        {
            return new JournalSnapshot(requests.ToArray(), outbound.ToArray(), attempts.ToArray(), actions.ToArray());
        }
    }

    /// <summary>Forgets everything, e.g. between demo runs.</summary>
    public void Clear()
    {
        lock (gate)
        {
            requests.Clear();
            outbound.Clear();
            attempts.Clear();
            actions.Clear();
        }
    }

    internal void Add(ApiRequestRecord record)
    {
        lock (gate)
        {
            requests.Add(record);
        }
    }

    internal void Add(OutboundMessageRecord record)
    {
        lock (gate)
        {
            outbound.Add(record);
        }
    }

    internal void Add(WebhookAttemptRecord record)
    {
        lock (gate)
        {
            attempts.Add(record);
        }
    }

    internal void Add(PersonActionRecord record)
    {
        lock (gate)
        {
            actions.Add(record);
        }
    }
}
