namespace Tendero.Delivery;

/// <summary>The in-process wake-ups: new inbound messages for the responders, new outbound rows for the dispatcher.</summary>
public sealed class WorkSignals : IDisposable
{
    public WakeSignal Inbound { get; } = new();

    public WakeSignal Outbound { get; } = new();

    public void Dispose()
    {
        Inbound.Dispose();
        Outbound.Dispose();
    }
}
