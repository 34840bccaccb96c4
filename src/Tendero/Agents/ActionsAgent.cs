using Tendero.Config;
using Tendero.Connectors.Actions;
using Tendero.Delivery;
using Tendero.Storage;

namespace Tendero.Agents;

/// <summary>
/// Turns a business event into the calls its <c>actions:</c> section asks for: one queued call per action whose
/// <c>on</c> is the event's topic, written in the same transaction that completes the event. The delivery id
/// <c>{action}:{event id}</c> is unique, so an event handled twice still calls each action once.
/// </summary>
public sealed class ActionsAgent(Businesses businesses, WorkSignals signals, TimeProvider time) : IAgent
{
    public string Name => AgentCatalog.Actions;

    public Task<AgentOutcome> HandleAsync(AgentEvent e, CancellationToken ct)
    {
        var calls = (businesses.Find(e.BusinessId)?.Actions ?? [])
            .Where(a => a.On == e.Topic)
            .Select(a => new NewActionCall(e.BusinessId, a.Name, e.Id, e.Topic, e.Payload, e.CreatedAt))
            .ToList();
        if (calls.Count == 0)
        {
            return Task.FromResult(AgentOutcome.Nothing);
        }
        return Task.FromResult(new AgentOutcome
        {
            Write = async (c, t, token) =>
            {
                var now = time.NowMs();
                foreach (var call in calls)
                {
                    await ActionCallStore.InsertAsync(c, t, call, now, token);
                }
            },
            AfterCommit = signals.Actions.Wake,
        });
    }
}
