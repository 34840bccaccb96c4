using Tendero.Config;
using Tendero.Core;
using Tendero.Storage;

namespace Tendero.Agents;

/// <summary>
/// The handoff: a customer asked for a person or complained. The conversation agent has already gone quiet in that
/// conversation; this agent tells staff (the assistant's <c>handoff_to</c>, or all staff) on their first channel,
/// with the customer's words and how to hand the conversation back (<c>/bot N</c>).
/// </summary>
public sealed class HandoffAgent(Businesses businesses) : IAgent
{
    private static readonly ChannelKind[] Preference = [ChannelKind.Telegram, ChannelKind.WhatsApp, ChannelKind.Sms];

    public string Name => AgentCatalog.Handoff;

    public Task<AgentOutcome> HandleAsync(AgentEvent e, CancellationToken ct)
    {
        var handoff = Payloads.Read<HandoffPayload>(e);
        if (businesses.Find(e.BusinessId) is not { } business)
        {
            return Task.FromResult(AgentOutcome.Nothing);
        }
        var wanted = business.Assistant?.HandoffTo ?? [];
        var staff = business.Staff.Where(p => wanted.Count == 0 || wanted.Contains(p.Id));
        var messages = new List<OutboundRequest>();
        foreach (var person in staff)
        {
            var channel = Preference.FirstOrDefault(c => business.Channels.Contains(c) && person.AddressOn(c) is not null);
            if (person.AddressOn(channel) is not { } address)
            {
                continue;
            }
            messages.Add(new OutboundRequest(business.Id, new Address(channel, address), Text(person.Language, handoff))
            {
                Kind = "handoff",
                Priority = 0,
                Language = person.Language,
                IdempotencyKey = $"handoff:{e.Id}:{person.Id}",
            });
        }
        return Task.FromResult(new AgentOutcome { Messages = messages });
    }

    private static string Text(string language, HandoffPayload h)
    {
        var who = h.Name is { Length: > 0 } name ? $"{name} ({h.Channel} {h.Address})" : $"{h.Channel} {h.Address}";
        var said = h.Text is { Length: > 0 } text ? $" «{(text.Length > 300 ? text[..300] + "…" : text)}»" : "";
        return language == "en"
            ? $"🙋 {who} needs a person{(h.Reason == "complaint" ? " (complaint)" : "")}:{said}. The assistant stays quiet in conversation {h.ConversationId}; reply /bot {h.ConversationId} to hand it back."
            : $"🙋 {who} necesita una persona{(h.Reason == "complaint" ? " (queja)" : "")}:{said}. El asistente queda en silencio en la conversación {h.ConversationId}; responde /bot {h.ConversationId} para devolverla.";
    }
}
