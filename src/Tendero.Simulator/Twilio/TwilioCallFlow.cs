using System.Globalization;
using Tendero.Simulator.Infrastructure;
using Tendero.Simulator.People;

namespace Tendero.Simulator.Twilio;

/// <summary>An accepted call and what will happen on it, decided at acceptance so a seeded run repeats.</summary>
/// <param name="RingTimeout">The request's <c>Timeout</c>: how long an unanswered call rings before <c>no-answer</c>.</param>
internal sealed record TwilioCall(string Sid, string From, string To, string? StatusCallback, TimeSpan RingTimeout, CallPlan Plan, CallTwiml Twiml);

/// <summary>
/// Plays a call on the simulator's clock. It connects after <see cref="SimBehaviour.SentDelay"/>; then the person lets it ring
/// out (<c>no-answer</c>), listens until <see cref="SimBehaviour.CallDuration"/> ends it (<c>completed</c>), or presses keys
/// that go to the Gather <c>action</c> before it completes. Malformed TwiML fails the call when it connects.
/// Only the final status is posted to StatusCallback, as with Twilio's default StatusCallbackEvent (REFERENCE §3.3).
/// </summary>
internal sealed class TwilioCallFlow(SimContext context, WebhookSender sender, TwilioCallbacks callbacks)
{
    public void Start(TwilioAccountState account, TwilioCall call, DateTimeOffset acceptedAt)
    {
        var connect = context.Behaviour.SentDelay;
        var duration = context.Behaviour.CallDuration;
        var plan = call.Plan;
        var pressed = Max(duration, plan.Delay);
        var (status, endAfter, talked) = call.Twiml.Error is not null ? ("failed", connect, TimeSpan.Zero) : plan.Answer switch
        {
            SimCallAnswer.NoAnswer => ("no-answer", connect + call.RingTimeout, TimeSpan.Zero),
            SimCallAnswer.PressDigits => ("completed", connect + pressed, pressed),
            _ => ("completed", connect + duration, duration),
        };

        // Timers start here, at acceptance, so each step is due at a fixed time on the simulator's clock.
        var keys = status == "completed" && plan.Answer == SimCallAnswer.PressDigits
            ? (context.DelayAsync(connect + plan.Delay, context.Stopping), acceptedAt + connect + plan.Delay)
            : ((Task, DateTimeOffset)?)null;
        var end = context.DelayAsync(endAfter, context.Stopping);
        var ended = new CallEnd(status, acceptedAt + endAfter, (int)talked.TotalSeconds);
        context.Background(async ct =>
        {
            if (keys is (var due, var at))
            {
                await due;
                await PressAsync(account, call, at, ct);
            }

            await end;
            await EndAsync(account, call, ended, ct);
        });
    }

    private async Task PressAsync(TwilioAccountState account, TwilioCall call, DateTimeOffset at, CancellationToken ct)
    {
        var (url, digits, note) = call.Twiml.Route(call.Plan.Digits);
        context.Journal.Add(new PersonActionRecord(at, SimProvider.Twilio, PersonAction.Keypress, call.To, call.Sid, digits) { Note = note });
        if (url is null)
        {
            return;
        }

        // What Twilio posts to a Gather action (https://www.twilio.com/docs/voice/twiml/gather#action), signed like any webhook.
        var parameters = new List<KeyValuePair<string, string>>
        {
            new("AccountSid", account.Account.AccountSid),
            new("CallSid", call.Sid),
            new("From", call.From),
            new("To", call.To),
            new("Digits", digits),
            new("CallStatus", "in-progress"),
            new("Direction", "outbound-api"),
            new("ApiVersion", TwilioJson.ApiVersion),
        };
        await sender.DeliverAsync(TwilioForm.Build(account.Account.AuthToken, url, WebhookKind.Inbound, "digits", call.Sid, parameters), ct);
    }

    private async Task EndAsync(TwilioAccountState account, TwilioCall call, CallEnd end, CancellationToken ct)
    {
        context.Journal.Add(new PersonActionRecord(end.At, SimProvider.Twilio, PersonAction.CallEnded, call.To, call.Sid, end.Status)
        {
            CallDuration = end.Seconds,
            Note = call.Twiml.Error,
        });
        if (call.StatusCallback is not { } url)
        {
            return;
        }

        var parameters = new List<KeyValuePair<string, string>>
        {
            new("CallSid", call.Sid),
            new("CallStatus", end.Status),
            new("AccountSid", account.Account.AccountSid),
            new("From", call.From),
            new("To", call.To),
            new("ApiVersion", TwilioJson.ApiVersion),
            new("Direction", "outbound-api"),
            new("CallDuration", end.Seconds.ToString(CultureInfo.InvariantCulture)),
        };
        await callbacks.EmitAsync(account, url, end.Status, call.Sid, parameters, ct);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private sealed record CallEnd(string Status, DateTimeOffset At, int Seconds);
}
