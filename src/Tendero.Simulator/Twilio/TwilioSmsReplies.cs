using Tendero.Simulator.Infrastructure;

namespace Tendero.Simulator.Twilio;

/// <summary>
/// The person behind an SMS's <c>To</c> texting back, <see cref="SimPersonBehaviour.ReplyDelay"/> after delivery, as an
/// inbound SMS to the number that wrote to them. Nobody answers an SMS that was never delivered.
/// </summary>
internal sealed class TwilioSmsReplies(SimContext context, TwilioInbound inbound)
{
    public void Start(TwilioAccountState account, string sid, string from, string to, DateTimeOffset deliveredAt, bool undelivered)
    {
        // Drawn even for an undelivered SMS so that the seeded sequence does not depend on delivery.
        var reply = context.People.Reply(to);
        if (reply is null || undelivered)
        {
            return;
        }

        var at = deliveredAt + reply.Delay;
        var due = context.DelayAsync(at - context.Now, context.Stopping);
        context.Background(async ct =>
        {
            await due;
            var result = await inbound.SendAsync(account, from: to, to: from, reply.Text, ct);
            context.Journal.Add(new PersonActionRecord(at, SimProvider.Twilio, PersonAction.Reply, to, sid, reply.Text)
            {
                InboundId = result.ProviderId,
            });
        });
    }
}
