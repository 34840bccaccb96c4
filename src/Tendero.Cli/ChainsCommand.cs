using System.CommandLine;
using Spectre.Console;
using Tendero.Storage;

namespace Tendero.Cli;

/// <summary>
/// <c>tendero chains</c> lists fallback chains (alerts), <c>tendero chains show ID</c> prints one with its history, and
/// <c>tendero chains cancel ID</c> stops one. All work on the database itself, so they work while the server is stopped;
/// a running server sees a cancelled chain as ended at its next look and sends nothing more for it.
/// </summary>
internal static class ChainsCommand
{
    public static Command Create(IAnsiConsole? output = null, IAnsiConsole? errors = null)
    {
        var io = new ChainsConsole(output ?? AnsiConsole.Console, errors ?? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }));
        var common = new CommonOptions();
        var business = BusinessOption("Only this business's chains");
        var state = new Option<string?>("--state") { Description = "Only active or done chains" };
        var limit = new Option<int>("--limit") { Description = "How many to show (1-500), oldest first", DefaultValueFactory = _ => 50 };
        var after = new Option<long>("--after") { Description = "Show chains after this id (the next page)", DefaultValueFactory = _ => 0 };
        var command = new Command("chains", "List fallback chains (alerts) with their state, outcome and next look")
        {
            business, state, limit, after, common.Db, Show(io), Cancel(io),
        };
        command.SetAction(async (result, ct) =>
        {
            var (businessId, only, pageSize, from) = (result.GetValue(business), result.GetValue(state), result.GetValue(limit), result.GetValue(after));
            if (pageSize is < 1 or > 500 || from < 0 || only is not (null or "active" or "done"))
            {
                io.Error("--limit must be 1-500, --after an id of 0 or more, and --state active or done: for example `tendero chains --state active`.");
                return 1;
            }
            await using var database = await DatabaseFactory.OpenAsync(result.GetValue(common.Db)!, ct);
            var rows = await new ChainQueries(database, TimeProvider.System).ListAsync(businessId, only, from, pageSize, ct);
            io.Print(rows, pageSize, businessId, only);
            return 0;
        });
        return command;
    }

    private static Command Show(ChainsConsole io)
    {
        var common = new CommonOptions();
        var business = BusinessOption("The business the chain belongs to");
        var id = ChainId();
        var command = new Command("show", "Print one chain and the history of its steps") { id, business, common.Db };
        command.SetAction(async (result, ct) =>
        {
            var (chainId, businessId) = (result.GetValue(id), result.GetValue(business));
            await using var database = await DatabaseFactory.OpenAsync(result.GetValue(common.Db)!, ct);
            if (await new ChainQueries(database, TimeProvider.System).GetAsync(businessId, chainId, ct) is not { } found)
            {
                io.Error(NotFound(chainId, businessId));
                return 1;
            }
            io.Print(found.Chain, found.Events);
            return 0;
        });
        return command;
    }

    private static Command Cancel(ChainsConsole io)
    {
        var common = new CommonOptions();
        var business = BusinessOption("The business the chain belongs to");
        var id = ChainId();
        var command = new Command("cancel", "Stop a running chain: messages already queued still go, nothing new is sent") { id, business, common.Db };
        command.SetAction(async (result, ct) =>
        {
            var (chainId, businessId) = (result.GetValue(id), result.GetValue(business));
            await using var database = await DatabaseFactory.OpenAsync(result.GetValue(common.Db)!, ct);
            var queries = new ChainQueries(database, TimeProvider.System);
            switch (await queries.CancelAsync(businessId, chainId, ct))
            {
                case CancelOutcome.Cancelled:
                    io.Say($"Chain {chainId} is cancelled; messages it already queued still go, nothing new is sent.");
                    return 0;
                case CancelOutcome.AlreadyEnded:
                    var chain = (await queries.GetAsync(businessId, chainId, ct))!.Value.Chain;
                    io.Error($"Chain {chainId} already ended as {chain.Outcome}; there is nothing to cancel.");
                    return 1;
                default:
                    io.Error(NotFound(chainId, businessId));
                    return 1;
            }
        });
        return command;
    }

    private static string NotFound(long id, string? businessId) =>
        (businessId is null ? $"There is no chain {id}" : $"Business '{businessId}' has no chain {id}") + ": `tendero chains` lists them.";

    private static Argument<long> ChainId() => new("id") { Description = "The chain id (as `tendero chains` lists it, or the id the alerts API returned)" };

    private static Option<string?> BusinessOption(string description) => new("--business") { Description = description };
}
