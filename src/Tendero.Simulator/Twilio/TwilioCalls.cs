using System.Globalization;
using Microsoft.AspNetCore.Http;
using Tendero.Simulator.Infrastructure;

namespace Tendero.Simulator.Twilio;

/// <summary>Creates Call resources; <see cref="TwilioCallFlow"/> then plays the call as the person behind <c>To</c> would take it.</summary>
internal sealed class TwilioCalls(SimContext context, TwilioCallFlow flow)
{
    // Timeout: seconds to ring before no-answer, 60 by default, at most 600 (CallOptions.cs; REFERENCE §3.3).
    private const int DefaultRingSeconds = 60;
    private const int MaxRingSeconds = 600;

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
        var script = url.Length > 0 ? CallTwiml.ByUrl : CallTwiml.Parse(twiml);
        flow.Start(account, new TwilioCall(sid, from, to, callback.Length > 0 ? callback : null, RingTimeout(form["Timeout"].ToString()),
            context.People.Call(to), script), now);

        return new SimReply(201, TwilioJson.Call(sid, account.Account.AccountSid, from, to, now));
    }

    private static TimeSpan RingTimeout(string value) => TimeSpan.FromSeconds(
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? Math.Min(seconds, MaxRingSeconds) : DefaultRingSeconds);
}
