namespace Tendero.Delivery;

/// <summary>The in-process wake-ups: new inbound messages for the responders, new outbound rows for the dispatcher, signals for chains.</summary>
public sealed class WorkSignals : IDisposable
{
    public WakeSignal Inbound { get; } = new();

    public WakeSignal Outbound { get; } = new();

    /// <summary>Fallback chains: a new alert, or a signal (read, reply, button) that may move one along.</summary>
    public WakeSignal Chains { get; } = new();

    /// <summary>Agents: new events were published.</summary>
    public WakeSignal Agents { get; } = new();

    /// <summary>The actions worker: calls were queued.</summary>
    public WakeSignal Actions { get; } = new();
    /// <summary>Kitchen printers: a print job was queued.</summary>
    public WakeSignal Printers { get; } = new();

    public void Dispose()
    {
        Agents.Dispose();
        Actions.Dispose();
        Printers.Dispose();
        Inbound.Dispose();
        Outbound.Dispose();
        Chains.Dispose();
    }
}
