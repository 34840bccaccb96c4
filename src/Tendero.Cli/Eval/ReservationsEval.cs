using Microsoft.Extensions.Logging.Abstractions;
using Spectre.Console;
using Tendero.Ai;
using Tendero.Ai.Routing;
using Tendero.Config;
using Tendero.Simulator;
using Tendero.Solutions.Reservations.Eval;

namespace Tendero.Cli.Eval;

/// <summary>
/// <c>tendero eval reservations</c>: plays every scripted conversation through the agents' logic and the model routing,
/// each against a fresh in-memory book, and reports the share that end in the expected booking state, with the misses.
/// Exit 2 when it could not run; 0 when it ran, whatever the score.
/// </summary>
internal sealed class ReservationsEval(IAnsiConsole output, IAnsiConsole errors, Func<string, string?> environment, TimeProvider time)
{
    public async Task<int> RunAsync(string file, string tierName, string? businessId, string businessesDir, bool simulate, bool transcripts, CancellationToken ct)
    {
        if (!File.Exists(file))
        {
            return Refuse($"{file} does not exist: give the scripted conversations, such as data/reservations/conversations.jsonl.");
        }
        var (cases, problems) = ConversationCaseReader.Read(file);
        foreach (var problem in problems)
        {
            errors.MarkupLine($"[yellow]{Markup.Escape($"{file}: {problem}")}[/]");
        }
        ModelTier? tier = ModelTierNames.TryParse(tierName, out var forced) ? forced : null;
        await using var simulator = simulate ? await StartSimulatorAsync(ct) : null;
        IReadOnlyList<BusinessConfig> all;
        try
        {
            all = BusinessLoader.LoadDirectory(businessesDir, EvalBusiness.SecretsFor(environment, simulate), simulator?.BaseAddress);
        }
        catch (BusinessConfigException e)
        {
            return Refuse(e.Message);
        }
        var (business, problemText) = EvalBusiness.Pick(all, businessId, businessesDir);
        if (business is null)
        {
            return Refuse(problemText!);
        }
        if (EvalBusiness.TierProblem(business, tier, simulate) is { } off)
        {
            return Refuse(off);
        }
        var gateway = new ModelGateway(new EvalLedger(), new TierHealth(time), time, NullLoggerFactory.Instance);
        var report = await ConversationEval.RunAsync(new ConversationPlayer(gateway, business, tier), cases, tierName, ct);
        Write(report, transcripts);
        return 0;
    }

    private void Write(ConversationEvalReport report, bool transcripts)
    {
        output.WriteLine($"Reservations eval, tier {report.Tier}: {report.Passed}/{report.Results.Count} conversations end in the expected booking state ({report.Share:P1})");
        if (!report.Misses.Any())
        {
            return;
        }
        var table = new Table().Title("Misses").AddColumn("conversation").AddColumn("why").AddColumn("last words");
        foreach (var miss in report.Misses)
        {
            table.AddRow(Markup.Escape(miss.Id), Markup.Escape(miss.Reason ?? ""), Markup.Escape(string.Join("\n", miss.Transcript.TakeLast(4))));
        }
        output.Write(table);
        foreach (var miss in transcripts ? report.Misses : [])
        {
            output.Profile.Out.Writer.WriteLine($"--- {miss.Id}: {miss.Reason}\n{string.Join("\n", miss.Transcript)}");
        }
    }

    private int Refuse(string reason)
    {
        errors.MarkupLine($"[red]{Markup.Escape("Tendero cannot evaluate: " + reason)}[/]");
        return 2;
    }

    private async Task<ProviderSimulator> StartSimulatorAsync(CancellationToken ct)
    {
        var options = new SimulatorOptions();
        options.Models.Brain = new SimulatorBrain();
        var simulator = new ProviderSimulator(options, time);
        await simulator.StartAsync("http://127.0.0.1:0", ct);
        return simulator;
    }
}
