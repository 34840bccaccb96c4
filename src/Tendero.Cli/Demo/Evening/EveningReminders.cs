using Tendero.Simulator;

namespace Tendero.Cli.Demo.Evening;

/// <summary>How the guests booked before the day answered their 10:00 reminders.</summary>
/// <paramref name="SilentReachedBySms"/>: the guest who never read WhatsApp got the chain's SMS (its step two hours later).
internal sealed record RemindersAnswered(int Confirmed, int Cancelled, bool SilentReachedBySms, int NotReceived);

/// <summary>
/// The guests of the six bookings seeded into the demo's sheet (<c>ReservationWorkbook.ResetDemoAsync</c>) and their
/// answers to the day's reminder, a WhatsApp template with Confirmar / Cancelar buttons: four confirm at different
/// times of the morning, one cancels (her seats free up at once), and one never reads it, so the reminder chain goes on
/// to SMS two hours later.
/// </summary>
internal static class EveningReminders
{
    /// <summary>The guest who never reads the reminder.</summary>
    public const string Silent = "+50760001005";

    private static readonly (string Phone, int Button, string Text, double Hours)[] Answers =
    [
        ("+50760001001", 0, "Confirmar", 0.3),
        ("+50760001002", 0, "Confirmar", 0.7),
        ("+50760001003", 0, "Confirmar", 1.2),
        ("+50760001004", 0, "Confirmar", 2.5),
        ("+50760001006", 1, "Cancelar", 3.0),
    ];

    /// <summary>How long (real time) to wait for a reminder to reach a guest before giving up on it.</summary>
    private static readonly TimeSpan ArrivalTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Before the reminders go out: the silent guest never reads WhatsApp (nor anything else).</summary>
    public static void Prepare(ProviderSimulator simulator) =>
        simulator.SetBehaviour(Silent, new SimPersonBehaviour { Read = SimRead.Never });

    /// <summary>Each guest taps a button <c>Hours</c> after <paramref name="reminders"/> (the demo clock's 10:00).</summary>
    public static async Task<RemindersAnswered> PlayAsync(
        ProviderSimulator simulator, string phoneNumberId, TimeProvider clock, DateTimeOffset reminders, CancellationToken ct)
    {
        var outcomes = await Task.WhenAll(Answers.Select(async a =>
        {
            var wait = reminders.AddHours(a.Hours) - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, ct);
            }
            if (!await ArrivedAsync(simulator, a.Phone, ct))
            {
                return "not received";
            }
            var tapped = await simulator.Customers.TapWhatsAppButtonAsync(phoneNumberId, a.Phone, a.Button, a.Text, ct: ct);
            return tapped.HttpStatus is >= 200 and < 300 ? a.Text : "not received";
        }));
        return new RemindersAnswered(
            Confirmed: outcomes.Count(o => o == "Confirmar"),
            Cancelled: outcomes.Count(o => o == "Cancelar"),
            SilentReachedBySms: await SmsReachedAsync(simulator, Silent, ct),
            NotReceived: outcomes.Count(o => o == "not received"));
    }

    /// <summary>Waits (real time) for a template with buttons to reach the guest's WhatsApp.</summary>
    private static Task<bool> ArrivedAsync(ProviderSimulator simulator, string phone, CancellationToken ct) =>
        RealTime.UntilAsync(() => simulator.Journal.OutboundMessages(SimProvider.WhatsApp)
            .Any(m => m.To == phone.TrimStart('+') && m.ButtonPayloads.Count > 1), ArrivalTimeout, ct);

    /// <summary>Waits (real time) for the reminder chain's SMS to reach the guest who never read WhatsApp.</summary>
    private static Task<bool> SmsReachedAsync(ProviderSimulator simulator, string phone, CancellationToken ct) =>
        RealTime.UntilAsync(() => simulator.Journal.OutboundMessages(SimProvider.Twilio)
            .Any(m => m.To == phone || m.To == phone.TrimStart('+')), ArrivalTimeout, ct);
}
