using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tendero.Agents;
using Tendero.Config;
using Tendero.Core.Chains;
using Tendero.Delivery;
using Tendero.Storage;

namespace Tendero.Solutions.Reservations;

/// <summary>
/// The reservations solution's time-of-day work, for each business with a <c>reservations:</c> section, on the
/// business's clock: at <see cref="ReservationsConfig.PrepSummaryAt"/> one prep-summary ticket for the kitchen, and at
/// <see cref="ReservationsConfig.ReminderAt"/> a reminder chain for each of the day's confirmed bookings still to come.
/// Each is marked in <c>reservation_jobs</c> in the same transaction that does it, so it happens once per day (per
/// booking) across restarts and nodes. A worker that starts late still does the day's work; a business without the
/// section is never looked at.
/// </summary>
public sealed partial class ReservationsWorker(
    Businesses businesses, IReservationBook book, ReservationJobs jobs, IDatabase database, ChainStore chains, PeopleStore people,
    WorkSignals signals, TimeProvider time, ILogger<ReservationsWorker> log) : Hosting.PeriodicWorker
{
    /// <summary>How often the clock is looked at.</summary>
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(30);

    /// <summary>One look at the clock for every business. Returns how many tickets and reminders it started.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var started = 0;
        foreach (var business in businesses.All.Where(b => b.Reservations is not null))
        {
            try
            {
                started += await PrepSummaryAsync(business, ct) + await RemindAsync(business, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                Log.BusinessFailed(log, business.Id, e); // one business's sheet being down must not hold up the others
            }
        }
        return started;
    }

    private (DateOnly Day, TimeOnly Time, DateTimeOffset Now) Local(BusinessConfig business)
    {
        var now = TimeZoneInfo.ConvertTime(time.GetUtcNow(), business.TimeZone);
        return (DateOnly.FromDateTime(now.DateTime), TimeOnly.FromDateTime(now.DateTime), now);
    }

    private async Task<int> PrepSummaryAsync(BusinessConfig business, CancellationToken ct)
    {
        var config = business.Reservations!;
        var (day, at, now) = Local(business);
        if (config is not { PrepSummaryAt: { } from, KitchenPrinter: { } printer } || at < from
            || (await jobs.DoneAsync(business.Id, day, ReservationJobs.Prep, ct)).Count > 0)
        {
            return 0;
        }
        var bookings = await book.DayAsync(business.Id, day, ct);
        var ticket = KitchenTickets.PrepSummary(business, day, from, bookings, now);
        var dedupe = $"prep:{business.Id}:{ReservationJobs.Day(day)}";
        var printed = await database.WriteAsync(async (c, t) =>
        {
            var nowMs = time.NowMs();
            if (!await ReservationJobs.MarkAsync(c, t, business.Id, day, ReservationJobs.Prep, "", null, null, nowMs, ct) || ticket is null)
            {
                return false;
            }
            return await EventLog.PublishAsync(c, t, new NewEvent(business.Id, Topics.KitchenTicket, $"{business.Id}/prep",
                KitchenTickets.Payload(printer, ticket, dedupe), dedupe), nowMs, ct);
        }, ct);
        if (printed)
        {
            signals.Agents.Wake();
            Log.PrepSummary(log, business.Id, ReservationJobs.Day(day));
        }
        return printed ? 1 : 0;
    }

    private async Task<int> RemindAsync(BusinessConfig business, CancellationToken ct)
    {
        var config = business.Reservations!;
        var (day, at, _) = Local(business);
        if (config.ReminderAt is not { } from || at < from || (await jobs.DoneAsync(business.Id, day, ReservationJobs.Reminders, ct)).Count > 0)
        {
            return 0;
        }
        if (!business.Policies.TryGetValue(config.ReminderPolicy, out var policy))
        {
            throw new BusinessConfigException($"{business.SourceFile}: reservations.reminder_policy '{config.ReminderPolicy}' is not under policies.");
        }
        var reminded = await jobs.DoneAsync(business.Id, day, ReservationJobs.Reminder, ct);
        var started = 0;
        foreach (var r in await book.DayAsync(business.Id, day, ct))
        {
            if (r.Status != ReservationStatus.Confirmed || r.Time <= at || reminded.Contains(r.Id) || Reminders.Addresses(r) is not { } addresses)
            {
                continue;
            }
            var person = await people.ForAddressAsync(business.Id, addresses.Values.First(), addresses, business.Language, ct);
            // The chain's key makes a second start (a crash before the mark below) return the first chain.
            var (chainId, _) = await chains.StartAsync(new NewChain(business.Id, policy.Name, person.Id, false,
                Reminders.Text(business, r, person.Language), Reminders.Data(business, r, person.Language), ChainPlanJson.Freeze(policy),
                $"reminder:{ReservationJobs.Day(day)}:{r.Id}"), ct);
            await jobs.MarkAsync(business.Id, day, ReservationJobs.Reminder, r.Id, chainId, person.Id, ct);
            started++;
        }
        await jobs.MarkAsync(business.Id, day, ReservationJobs.Reminders, "", null, null, ct);
        if (started > 0)
        {
            signals.Chains.Wake();
            Log.Reminded(log, business.Id, started);
        }
        return started;
    }

    protected override TimeProvider Clock => time;

    protected override TimeSpan Period => Every;

    protected override Task RoundAsync(CancellationToken ct) => RunOnceAsync(ct);

    protected override void RoundFailed(Exception error) => Log.RoundFailed(log, error);

    private static partial class Log
    {
        [LoggerMessage(5101, LogLevel.Error, "A reservations round failed; trying again shortly")]
        public static partial void RoundFailed(ILogger log, Exception error);

        [LoggerMessage(5102, LogLevel.Warning, "The reservations work of {BusinessId} failed this round; it is tried again")]
        public static partial void BusinessFailed(ILogger log, string businessId, Exception error);

        [LoggerMessage(5103, LogLevel.Information, "Prep summary of {BusinessId} for {Day} sent to the kitchen")]
        public static partial void PrepSummary(ILogger log, string businessId, string day);

        [LoggerMessage(5104, LogLevel.Information, "{Count} reservation reminders of {BusinessId} started")]
        public static partial void Reminded(ILogger log, string businessId, int count);
    }
}
