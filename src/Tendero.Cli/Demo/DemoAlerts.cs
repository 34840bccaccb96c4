using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Tendero.Config;
using Tendero.Core;
using Tendero.Delivery.Chains;
using Tendero.Simulator;
using Tendero.Storage;

namespace Tendero.Cli.Demo;

/// <summary>
/// The demo's alerts: contacts and simulator behaviours from <c>businesses/demo/people.yaml</c>, one fallback chain
/// each, a wait while they play out (seconds with <c>--speed 3600</c>), and a table of where each one ended.
/// </summary>
internal static class DemoAlerts
{
    public static async Task<IReadOnlyList<long>> StartAsync(string path, IServiceProvider services, ProviderSimulator simulator, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            return [];
        }
        var file = DemoPeopleFile.Load(path);
        var business = services.GetRequiredService<Businesses>().Find(file.Business ?? "la-fonda")
            ?? throw new BusinessConfigException($"{path}: business '{file.Business}' is not loaded");
        var people = services.GetRequiredService<PeopleStore>();
        foreach (var person in file.People ?? [])
        {
            var where = $"{path}: people.{person.Id}";
            if (person.Addresses is { Count: > 0 } addresses)
            {
                var parsed = addresses.ToDictionary(a => ChannelNames.Parse(a.Key), a => Address.Parse($"{a.Key}:{a.Value}").Value);
                await people.UpsertAsync(business.Id, new Person(person.Id!, person.Name, business.Language, null, parsed), "api", ct);
            }
            foreach (var (address, behaviour) in person.Behaviours ?? [])
            {
                simulator.SetBehaviour(address, behaviour.ToBehaviour($"{where}.behaviours[{address}]"));
            }
        }
        var starter = services.GetRequiredService<AlertStarter>();
        var ids = new List<long>();
        foreach (var alert in file.Alerts ?? [])
        {
            var result = await starter.StartAsync(business, new AlertRequest(alert.To, alert.Policy, alert.Critical, alert.Text, (JsonElement?)null, null), ct);
            if (result is AlertResult.Started started)
            {
                ids.Add(started.ChainId);
            }
            else if (result is AlertResult.Refused refused)
            {
                AnsiConsole.MarkupLine($"[red]Alert to {Markup.Escape(alert.To ?? "?")} refused:[/] {Markup.Escape(refused.Detail)}");
            }
        }
        return ids;
    }

    private static string Waiting(ChainRow chain) =>
        chain.WaitingFor is null ? "waiting (quiet hours)"
            : $"waiting for {chain.WaitingFor}" + (chain.WaitEndsAt is { } ends ? $" until {Clock.At(ends):HH:mm} UTC" : "");

    /// <summary>Waits up to <paramref name="timeout"/> (real time) for the chains to end, then prints each one's course.</summary>
    public static async Task PrintWhenDoneAsync(IServiceProvider services, string businessId, IReadOnlyList<long> ids, TimeSpan timeout, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return;
        }
        var queries = services.GetRequiredService<ChainQueries>();
        var start = TimeProvider.System.GetTimestamp();
        var chains = new List<(ChainRow Chain, IReadOnlyList<ChainEventRow> Events)>();
        await AnsiConsole.Status().StartAsync("Alerts are walking their fallback chains…", async _ =>
        {
            do
            {
                chains.Clear();
                foreach (var id in ids)
                {
                    chains.Add((await queries.GetAsync(businessId, id, ct))!.Value);
                }
                if (chains.All(c => c.Chain.State == "done"))
                {
                    break;
                }
                await Task.Delay(TimeSpan.FromMilliseconds(250), TimeProvider.System, ct);
            }
            while (TimeProvider.System.GetElapsedTime(start) < timeout);
        });
        var table = new Table().Title("Alerts (fallback chains)").AddColumns("alert", "to", "critical", "steps taken", "ended", "why");
        foreach (var (chain, events) in chains)
        {
            var sent = string.Join(" → ", events.Where(e => e.Kind == "notify" && e.Outcome == "queued").Select(e => e.Channel));
            var end = events.LastOrDefault(e => e.Kind == "end");
            table.AddRow(chain.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(chain.PersonId), chain.IsCritical ? "yes" : "no",
                sent, chain.State == "done" ? $"[bold]{chain.Outcome}[/]" : Waiting(chain),
                Markup.Escape(end?.Detail ?? (events.Count > 0 ? events[^1].Detail : null) ?? ""));
        }
        AnsiConsole.Write(table);
        if (chains.Any(c => c.Chain.State != "done"))
        {
            AnsiConsole.MarkupLine("The chains wait hours between steps; [bold]tendero demo --speed 3600[/] plays them out in about 20 seconds.");
        }
    }
}
