using Microsoft.Extensions.Logging.Abstractions;
using Tendero.Ai;
using Tendero.Ai.Eval;
using Tendero.Ai.Routing;
using Tendero.Config;
using Tendero.Simulator;

namespace Tendero.Cli.Eval;

/// <summary>
/// One eval run: read the cases, find the business and check the tier, run every case through the model gateway (with
/// the built-in simulator as the fast and smart providers under --simulate), and print the report. Exit 2 when it
/// could not run; 0 when it ran, whatever the score.
/// </summary>
internal sealed class NluEval(NluEvalConsole io, Func<string, string?> environment, TimeProvider time)
{
    public async Task<int> RunAsync(NluEvalRequest request, CancellationToken ct)
    {
        if (!File.Exists(request.File))
        {
            return Refuse($"{request.File} does not exist: give a JSONL file of labelled cases, such as data/nlu/dev.jsonl.");
        }
        var read = NluCaseReader.Read(request.File);
        io.ReadProblems(request.File, read.Errors);
        var skipped = read.Errors.Select(e => e.Line).Distinct().Count();
        if (read.Cases.Count == 0)
        {
            return Refuse($"{request.File} has no valid case" + (skipped > 0 ? $" ({NluEvalText.BadLines(skipped)}, listed above)." : "."));
        }
        if (skipped > 0)
        {
            io.Note($"{NluEvalText.BadLines(skipped)} skipped; evaluating the {read.Cases.Count} valid cases.");
        }
        // --tier accepts only offline, fast, smart or auto: anything but auto is a tier's name.
        ModelTier? tier = ModelTierNames.TryParse(request.Tier, out var forced) ? forced : null;

        await using var simulator = request.Simulate ? await StartSimulatorAsync(ct) : null;
        IReadOnlyList<BusinessConfig> all;
        try
        {
            all = BusinessLoader.LoadDirectory(request.BusinessesDir, EvalBusiness.SecretsFor(environment, request.Simulate), simulator?.BaseAddress);
        }
        catch (BusinessConfigException e)
        {
            return Refuse(e.Message);
        }
        var (business, problem) = EvalBusiness.Pick(all, request.Business, request.BusinessesDir);
        if (business is null)
        {
            return Refuse(problem!);
        }
        if (EvalBusiness.TierProblem(business, tier, request.Simulate) is { } off)
        {
            return Refuse(off);
        }
        if (tier is null)
        {
            foreach (var note in business.Models.Notes)
            {
                io.Note($"{note}: auto routes over the tiers that remain.");
            }
        }

        var ledger = new EvalLedger();
        var runner = new NluEvalRunner(new ModelGateway(ledger, new TierHealth(time), time, NullLoggerFactory.Instance), business, tier, time);
        var results = await EvalProgress.RunAsync(io.Errors, read.Cases.Count, step => runner.RunAsync(read.Cases, step, ct));
        var report = NluEvalReport.From(request.File, business.Id, request.Tier, skipped, results, ledger.Calls);
        if (request.Json)
        {
            io.Json(report);
        }
        else
        {
            io.Tables(report);
        }
        return 0;
    }

    private int Refuse(string reason)
    {
        io.Error("Tendero cannot evaluate: " + reason);
        return 2;
    }

    // Only the model servers are needed: no channel accounts, and nothing printed, so stdout stays the report.
    private async Task<ProviderSimulator> StartSimulatorAsync(CancellationToken ct)
    {
        var options = new SimulatorOptions();
        options.Models.Brain = new SimulatorBrain();
        var simulator = new ProviderSimulator(options, time);
        await simulator.StartAsync("http://127.0.0.1:0", ct);
        return simulator;
    }
}
