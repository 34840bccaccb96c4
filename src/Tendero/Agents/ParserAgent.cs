using Tendero.Ai;
using Tendero.Config;

namespace Tendero.Agents;

/// <summary>
/// The parser: <c>message.received</c> → <c>intent.detected</c>. It asks the business's model tiers what the text means
/// (the router picks the tier and writes the cost) and publishes the answer with the tier that gave it.
/// </summary>
public sealed class ParserAgent(IUnderstander understander, Businesses businesses) : IAgent
{
    public string Name => AgentCatalog.Parser;

    public async Task<AgentOutcome> HandleAsync(AgentEvent e, CancellationToken ct)
    {
        var message = Payloads.Read<MessageReceived>(e);
        if (businesses.Find(e.BusinessId) is not { } business)
        {
            return AgentOutcome.Nothing; // the business file is gone: nobody to answer for
        }
        var at = TimeZoneInfo.ConvertTime(message.At, business.TimeZone);
        var understood = await understander.UnderstandAsync(business, message.Text, at, ct);
        var detected = new IntentDetected { Message = message, Understanding = understood.Understanding, Tier = understood.Tier.Name() };
        return new AgentOutcome
        {
            Events = [new NewEvent(e.BusinessId, Topics.IntentDetected, e.OrderKey, Payloads.Write(detected), $"intent:{message.MessageId}")],
        };
    }
}
