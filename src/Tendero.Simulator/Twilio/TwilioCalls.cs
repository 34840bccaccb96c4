using Microsoft.AspNetCore.Http;
using Tendero.Simulator.Infrastructure;

namespace Tendero.Simulator.Twilio;

/// <summary>Creates Call resources; the call "happens" for <see cref="SimBehaviour.CallDuration"/> and reports <c>completed</c>.</summary>
internal sealed class TwilioCalls(SimContext context, TwilioCallbacks callbacks)
{
    public SimReply Create(TwilioAccountState account, IFormCollection form, Dictionary<string, string?> fields)
    {
        var to = form["To"].ToString();
        var from = form["From"].ToString();
        var url = form["Url"].ToString();
        var twiml = form["Twiml"].ToString();
        var callback = form["StatusCallback"].ToString();
        fields["To"] = to;
        fields["From"] = from;
        fields["StatusCallback"] = callback.Length > 0 ? callback : null;

        if (to.Length == 0)
        {
            return TwilioJson.Error(400, 21201, "No 'To' number is specified");
        }

        if (!TwilioNumbers.IsE164(to))
        {
            return TwilioJson.Error(400, 21211, $"The 'To' number {to} is not a valid phone number.");
        }

        if (from.Length == 0)
        {
            return TwilioJson.Error(400, 21213, "No 'From' number is specified");
        }

        if (!account.Owns(from))
        {
            return TwilioJson.Error(400, 21210, $"The source phone number provided, {from}, is not yet verified for your account.");
        }

        if (url.Length == 0 && twiml.Length == 0)
        {
            return TwilioJson.Error(400, 21205, "Either Url or Twiml is required.");
        }

        var now = context.Now;
        var sid = "CA" + context.Random.Hex(32);

        // Twilio ignores Twiml when Url is also given (REFERENCE §3.3).
        context.Journal.Add(new OutboundMessageRecord(SimProvider.Twilio, sid, account.Account.AccountSid, to, "call", null, null, null, now)
        {
            Twiml = url.Length > 0 ? url : twiml,
        });
        if (callback.Length > 0)
        {
            callbacks.StartCall(account, sid, from, to, callback);
        }

        return new SimReply(201, TwilioJson.Call(sid, account.Account.AccountSid, from, to, now));
    }
}
