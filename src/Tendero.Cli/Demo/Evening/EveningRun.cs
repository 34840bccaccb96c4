using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Tendero.Config;
using Tendero.Simulator;
using Tendero.Simulator.Printer;
using Tendero.Solutions.Reservations;
using Tendero.Storage;

namespace Tendero.Cli.Demo.Evening;

/// <summary>
/// The demo's evening at La Fonda, once the server and the simulator are up: the guests' conversations, the kitchen
/// printer running out of paper for ten minutes at 19:30, and a summary of what happened and what it cost.
/// </summary>
internal static class EveningRun
{
    public const string Business = "la-fonda";

    /// <summary>The Panama time zone of the demo restaurant.</summary>
    private static readonly TimeZoneInfo Panama = TimeZoneInfo.FindSystemTimeZoneById("America/Panama");

    /// <summary>When the demo's clock starts: 09:50 in Panama today, so the day's reminders and the evening follow.</summary>
    public static DateTimeOffset ClockStart(TimeProvider real)
    {
        var today = TimeZoneInfo.ConvertTime(real.GetUtcNow(), Panama).Date;
        return new DateTimeOffset(today.AddHours(9).AddMinutes(50), Panama.GetUtcOffset(today));
    }

    /// <summary>The first guest can write at 10:00 local on the demo's day.</summary>
    public static DateTimeOffset Opening(DateTimeOffset clockStart) => clockStart.AddMinutes(10);

    /// <summary>
    /// Before the server starts: La Fonda's sheet afresh with six bookings for tonight (their guests get the 10:00
    /// reminders), and the guest who will never read hers.
    /// </summary>
    public static async Task PrepareAsync(IServiceProvider services, ProviderSimulator simulator, DateTimeOffset opening, TimeProvider clock, CancellationToken ct)
    {
        var business = services.GetRequiredService<Businesses>().Find(Business)
            ?? throw new InvalidOperationException($"The evening needs the business '{Business}' in the businesses folder.");
        var path = await ReservationWorkbook.ResetDemoAsync(business, DateOnly.FromDateTime(opening.DateTime), clock, ct);
        AnsiConsole.MarkupLine($"La Fonda's sheet (the local workbook standing in for its Google Sheet): [bold]{Markup.Escape(path)}[/]");
        EveningReminders.Prepare(simulator);
    }

    public static async Task<(BurstResult Played, EveningPlayed Evening)> PlayAsync(
        ProviderSimulator simulator, SimulatorOptions options, TimeProvider clock, DateTimeOffset opening, CancellationToken ct)
    {
        var conversations = EveningScript.Make(options);
        var outage = PaperOutAsync(simulator, clock, opening.AddHours(9).AddMinutes(30), ct);
        var whatsApp = options.WhatsApp.First().PhoneNumberId;
        var reminders = EveningReminders.PlayAsync(simulator, whatsApp, clock, opening, ct);
        var player = new EveningPlayer(simulator, clock, opening);
        var total = conversations.Sum(c => c.Turns.Count);
        EveningPlayed played = null!;
        await AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                var said = progress.AddTask($"The evening: {conversations.Count} guests, {total} messages", maxValue: total);
                played = await player.PlayAsync(conversations, new Progress<int>(n => said.Value = Math.Min(n, total)), ct);
                said.Value = total;
            });
        await outage;
        played = played with { Reminders = await reminders };
        return (new BurstResult(played.Said, played.Accepted, played.Refused), played);
    }

    /// <summary>At <paramref name="at"/> the kitchen printer runs out of paper; someone refills it ten minutes later.</summary>
    private static async Task PaperOutAsync(ProviderSimulator simulator, TimeProvider clock, DateTimeOffset at, CancellationToken ct)
    {
        var wait = at - clock.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, clock, ct);
        }
        simulator.Printer.Set(PrinterCondition.PaperOut, TimeSpan.FromMinutes(10));
    }

    public static async Task PrintAsync(IServiceProvider services, ProviderSimulator simulator, EveningPlayed played, CancellationToken ct)
    {
        var database = services.GetRequiredService<IDatabase>();
        await EveningSummary.PrintAsync(database, simulator, played, Business, ct);
        await DemoModels.PrintAsync(database, services.GetRequiredService<ModelCallStore>(), Business, ct);
        await EveningCost.PrintAsync(database, services.GetRequiredService<ModelCallStore>(), Business, ct);
    }
}
