using Tendero.Core;
using Tendero.Storage;

namespace Tendero.Delivery;

/// <summary>
/// A claimed row made ready for its provider, or the reason it can never be sent. <see cref="Units"/> is what the
/// lane's token bucket is charged: SMS segments, or one message or call.
/// </summary>
public abstract record SendPlan
{
    private SendPlan() { }

    public sealed record Ready(OutboundMessage Message, int Units, SendRecord Record) : SendPlan;

    public sealed record Impossible(string Code, string Reason, SendRecord? Record) : SendPlan;
}
