using Microsoft.AspNetCore.Http;
using Tendero.Simulator.Infrastructure;

namespace Tendero.Simulator.Twilio;

/// <summary>
/// Creates Message resources. Error codes: https://www.twilio.com/docs/api/errors (21211 invalid To, 21606 From not owned,
/// 21614 landline, 21602/21603/21604 missing parameter, 21617 body over 1600 characters).
/// </summary>
internal sealed class TwilioMessages(SimContext context, TwilioCallbacks callbacks, TwilioSmsReplies replies)
{
    private const int MaxBodyLength = 1600;

    public SimReply Create(TwilioAccountState account, IFormCollection form, Dictionary<string, string?> fields)
    {
        var to = form["To"].ToString();
        var from = form["From"].ToString();
        var body = form["Body"].ToString();
        var callback = form["StatusCallback"].ToString();
        fields["To"] = to;
        fields["From"] = from;
        fields["StatusCallback"] = callback.Length > 0 ? callback : null;

        var error = Check(account, to, from, body);
        if (error is not null)
        {
            return error;
        }

        var now = context.Now;
        var sid = "SM" + context.Random.Hex(32);
        var segments = TwilioSegments.Count(body);
        var sentAt = account.Enqueue(from, segments, now) + context.Behaviour.SentDelay;
        var undelivered = context.Random.Chance(context.Behaviour.SmsUndeliveredProbability);
        context.Journal.Add(new OutboundMessageRecord(SimProvider.Twilio, sid, account.Account.AccountSid, to, "sms", body, null, null, now)
        {
            Segments = segments,
            SentAt = sentAt,
        });
        if (callback.Length > 0)
        {
            callbacks.StartMessage(account, new TwilioOutbound(sid, from, to, callback, sentAt, undelivered));
        }

        replies.Start(account, sid, from, to, sentAt + context.Behaviour.DeliveredDelay, undelivered);

        return new SimReply(201, TwilioJson.Message(sid, account.Account.AccountSid, from, to, body, segments, now));
    }

    private SimReply? Check(TwilioAccountState account, string to, string from, string body)
    {
        if (to.Length == 0)
        {
            return TwilioJson.Error(400, 21604, "A 'To' phone number is required.");
        }

        if (!TwilioNumbers.IsE164(to))
        {
            return TwilioJson.Error(400, 21211, $"The 'To' number {to} is not a valid phone number.");
        }

        if (from.Length == 0)
        {
            return TwilioJson.Error(400, 21603, "A 'From' phone number is required.");
        }

        if (!account.Owns(from))
        {
            return TwilioJson.Error(400, 21606,
                $"The From phone number {from} is not a valid, SMS-capable inbound phone number or short code for your account.");
        }

        if (body.Length == 0)
        {
            return TwilioJson.Error(400, 21602, "Message body is required.");
        }

        if (body.Length > MaxBodyLength)
        {
            return TwilioJson.Error(400, 21617, "The concatenated message body exceeds the 1600 character limit.");
        }

        return context.Behaviour.LandlineNumbers.Contains(to)
            ? TwilioJson.Error(400, 21614, "'To' number is not a valid mobile number")
            : null;
    }
}
