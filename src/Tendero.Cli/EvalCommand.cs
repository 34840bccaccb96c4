using System.CommandLine;
using Spectre.Console;
using Tendero.Cli.Eval;

namespace Tendero.Cli;

/// <summary>
/// <c>tendero eval nlu FILE.jsonl</c>: runs a labelled set through the model tiers as the server would (auto routing, or
/// one forced tier) and reports intent accuracy, slot precision/recall/F1, which tier answered, what it cost and how long
/// it took. With --simulate the fast and smart tiers are the built-in simulator, so the routing and costing can be
/// checked with no keys and no network.
/// </summary>
internal static class EvalCommand
{
    /// <param name="environment">Where secrets are read from (the process environment unless a test gives its own).</param>
    public static Command Create(
        IAnsiConsole? output = null, IAnsiConsole? errors = null, Func<string, string?>? environment = null, TimeProvider? time = null)
    {
        // The bar is live whenever stderr is a terminal, also when stdout goes to a file (eval … --json > run.json).
        var io = new NluEvalConsole(output ?? AnsiConsole.Console, errors ?? AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Error), Interactive = Console.IsErrorRedirected ? InteractionSupport.No : InteractionSupport.Yes,
        }));
        var common = new CommonOptions();
        var file = new Argument<string>("file") { Description = "The labelled cases, one JSON object a line (data/nlu/dev.jsonl)" };
        var tier = new Option<string>("--tier")
        {
            Description = "Which tier answers: offline, fast or smart (forced), or auto (the router chooses, as the server does)",
            DefaultValueFactory = _ => "auto",
        };
        tier.AcceptOnlyFromAmong("offline", "fast", "smart", "auto");
        var business = new Option<string?>("--business") { Description = "The business whose models and time zone to use (default: the only one, or la-fonda)" };
        var simulate = new Option<bool>("--simulate") { Description = "Answer the fast and smart tiers from the built-in simulator (demo keys, no network)" };
        var json = new Option<bool>("--json") { Description = "Print the report as one JSON object instead of tables" };
        var nlu = new Command("nlu", "Score intent and slot understanding on a JSONL set") { file, tier, business, simulate, json, common.Businesses };
        nlu.SetAction((result, ct) => new NluEval(io, environment ?? Environment.GetEnvironmentVariable, time ?? TimeProvider.System).RunAsync(new NluEvalRequest(
            result.GetValue(file)!, result.GetValue(tier)!, result.GetValue(business), CommonOptions.ResolveBusinesses(result.GetValue(common.Businesses)!),
            result.GetValue(simulate), result.GetValue(json)), ct));
        var conversations = new Option<string>("--file")
        {
            Description = "The scripted conversations, one JSON object a line",
            DefaultValueFactory = _ => Path.Combine("data", "reservations", "conversations.jsonl"),
        };
        var reservationTier = new Option<string>("--tier") { Description = "offline or auto (the router chooses, as the server does)", DefaultValueFactory = _ => "auto" };
        reservationTier.AcceptOnlyFromAmong("offline", "fast", "smart", "auto");
        var transcripts = new Option<bool>("--transcripts") { Description = "Print the whole conversation of every miss" };
        var reservations = new Command("reservations", "Play scripted reservation conversations and score the booking state they end in")
        {
            conversations, reservationTier, business, simulate, common.Businesses, transcripts,
        };
        reservations.SetAction((result, ct) => new ReservationsEval(output ?? AnsiConsole.Console, io.Errors, environment ?? Environment.GetEnvironmentVariable,
            time ?? TimeProvider.System).RunAsync(result.GetValue(conversations)!, result.GetValue(reservationTier)!, result.GetValue(business),
            CommonOptions.ResolveBusinesses(result.GetValue(common.Businesses)!), result.GetValue(simulate), result.GetValue(transcripts), ct));
        return new Command("eval", "Measure the model tiers on labelled data") { nlu, reservations };
    }
}
