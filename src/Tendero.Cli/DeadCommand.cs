using System.CommandLine;
using Spectre.Console;
using Tendero.Storage;

namespace Tendero.Cli;

/// <summary>
/// <c>tendero dead</c> lists failed outbound messages with their reasons; <c>tendero dead retry ID|--all</c> puts them
/// back in the queue. Both work on the database itself, so they work while the server is stopped; a running server
/// picks retried messages up at its next poll.
/// </summary>
internal static class DeadCommand
{
    public static Command Create(IAnsiConsole? output = null, IAnsiConsole? errors = null)
    {
        var io = new DeadConsole(output ?? AnsiConsole.Console, errors ?? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }));
        var common = new CommonOptions();
        var business = BusinessOption("Only this business's dead messages");
        var limit = new Option<int>("--limit") { Description = "How many to show (1-500), oldest first", DefaultValueFactory = _ => 50 };
        var after = new Option<long>("--after") { Description = "Show messages after this id (the next page)", DefaultValueFactory = _ => 0 };
        var command = new Command("dead", "List outbound messages that failed, with the provider's reason") { business, limit, after, common.Db, Retry(io) };
        command.SetAction(async (result, ct) =>
        {
            var pageSize = result.GetValue(limit);
            if (pageSize is < 1 or > 500)
            {
                io.Error("--limit must be 1-500.");
                return 1;
            }
            await using var database = await DatabaseFactory.OpenAsync(result.GetValue(common.Db)!, ct);
            var rows = await new DeadLetters(database, TimeProvider.System).ListAsync(result.GetValue(business), result.GetValue(after), pageSize, ct);
            io.Print(rows, pageSize);
            return 0;
        });
        return command;
    }

    private static Command Retry(DeadConsole io)
    {
        var common = new CommonOptions();
        var business = BusinessOption("The business the message belongs to (with --all, retry only its messages)");
        var id = new Argument<long?>("id") { Description = "The message id (as `tendero dead` lists it)", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = "Retry every dead message (of --business, or of every business)" };
        var command = new Command("retry", "Put a failed message back in the queue, with a fresh set of attempts") { id, all, business, common.Db };
        command.SetAction(async (result, ct) =>
        {
            var (messageId, everything, businessId) = (result.GetValue(id), result.GetValue(all), result.GetValue(business));
            if ((messageId is null) == !everything)
            {
                io.Error("Name one message id, or --all (not both): for example `tendero dead retry 12`.");
                return 1;
            }
            await using var database = await DatabaseFactory.OpenAsync(result.GetValue(common.Db)!, ct);
            var dead = new DeadLetters(database, TimeProvider.System);
            if (everything)
            {
                var count = await dead.RetryAllAsync(businessId, ct);
                io.Say(count == 0 ? "No dead messages to retry." : $"{count} dead messages are queued again; a running server sends them within seconds.");
                return 0;
            }
            switch (await dead.RetryAsync(businessId, messageId!.Value, ct))
            {
                case RetryOutcome.Retried:
                    io.Say($"Message {messageId} is queued again; a running server sends it within seconds.");
                    return 0;
                case RetryOutcome.NotFailed notFailed:
                    io.Error(RetryOutcome.NotFailedMessage(messageId.Value, notFailed.Status) + ".");
                    return 1;
                default:
                    io.Error(RetryOutcome.NotFoundMessage(messageId.Value, businessId) + ": `tendero dead` lists the dead ones.");
                    return 1;
            }
        });
        return command;
    }

    private static Option<string?> BusinessOption(string description) => new("--business") { Description = description };
}
