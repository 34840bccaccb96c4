using System.CommandLine;
using System.Security.Cryptography;
using Spectre.Console;
using Tendero.Dashboard;
using Tendero.Storage;

namespace Tendero.Cli;

/// <summary>
/// <c>tendero users add|list|remove|password</c>: who may sign in to the dashboard. Works on the database itself, so a
/// running server sees a change at the user's next request.
/// </summary>
internal static class UsersCommand
{
    public static Command Create(IAnsiConsole? output = null, IAnsiConsole? errors = null)
    {
        var io = new UsersConsole(output ?? AnsiConsole.Console, errors ?? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }));
        return new Command("users", "Who may sign in to the dashboard: owners and staff of a business, and admins of all")
        {
            Add(io), List(io), Remove(io), Password(io),
        };
    }

    private static Command Add(UsersConsole io)
    {
        var common = new CommonOptions();
        var (business, email, password) = (Business("The business the owner or staff member belongs to (not for admin)"), Email(), PasswordOption());
        var role = new Option<string>("--role") { Description = "owner, staff or admin", Required = true };
        var command = new Command("add", "Add a user, or give an existing one a role in another business") { business, email, role, password };
        common.AddTo(command, withUrls: false, withSimulate: false);
        command.SetAction(async (result, ct) =>
        {
            if (UserRoles.Parse(result.GetValue(role)) is not { } parsed)
            {
                return io.Error($"--role '{result.GetValue(role)}' is not owner, staff or admin.");
            }
            var businessId = result.GetValue(business);
            if (parsed != UserRole.Admin && CheckBusiness(result, common, businessId) is { } problem)
            {
                return io.Error(problem);
            }
            await using var database = await DatabaseFactory.OpenAsync(result.GetValue(common.Db)!, ct);
            var users = new UserStore(database, TimeProvider.System);
            var address = result.GetValue(email)!;
            var known = (await users.ListAsync(ct)).Any(u => string.Equals(u.Email, address.Trim(), StringComparison.OrdinalIgnoreCase));
            // An existing user keeps their password unless one is given; a new one gets the given or a generated one.
            var given = result.GetValue(password) is { Length: > 0 } p ? p : null;
            var generated = given is null && !known ? NewPassword() : null;
            await users.AddAsync(address, parsed, parsed == UserRole.Admin ? null : businessId, given ?? generated, ct);
            io.Say($"{address} is {parsed.Name()}{(parsed == UserRole.Admin ? " of every business" : $" of {businessId}")}.");
            if (generated is not null)
            {
                io.Say($"Password (shown once): {generated}");
            }
            return 0;
        });
        return command;
    }

    private static Command List(UsersConsole io)
    {
        var common = new CommonOptions();
        var command = new Command("list", "List the users and their roles");
        common.AddTo(command, withUrls: false, withSimulate: false);
        command.SetAction(async (result, ct) =>
        {
            await using var database = await DatabaseFactory.OpenAsync(result.GetValue(common.Db)!, ct);
            io.Print(await new UserStore(database, TimeProvider.System).ListAsync(ct));
            return 0;
        });
        return command;
    }

    private static Command Remove(UsersConsole io)
    {
        var common = new CommonOptions();
        var (business, email) = (Business("Remove only the role in this business (without it, the user goes altogether)"), Email());
        var command = new Command("remove", "Remove a user, or their role in one business") { business, email };
        common.AddTo(command, withUrls: false, withSimulate: false);
        command.SetAction(async (result, ct) =>
        {
            await using var database = await DatabaseFactory.OpenAsync(result.GetValue(common.Db)!, ct);
            var removed = await new UserStore(database, TimeProvider.System).RemoveAsync(result.GetValue(email)!, result.GetValue(business), ct);
            if (!removed)
            {
                return io.Error($"No such user or role: `tendero users list` shows them.");
            }
            io.Say("Removed.");
            return 0;
        });
        return command;
    }

    private static Command Password(UsersConsole io)
    {
        var common = new CommonOptions();
        var (email, password) = (Email(), PasswordOption());
        var command = new Command("password", "Set a user's password (their open sessions end)") { email, password };
        common.AddTo(command, withUrls: false, withSimulate: false);
        command.SetAction(async (result, ct) =>
        {
            var (given, generated) = PasswordFor(result.GetValue(password));
            await using var database = await DatabaseFactory.OpenAsync(result.GetValue(common.Db)!, ct);
            if (!await new UserStore(database, TimeProvider.System).SetPasswordAsync(result.GetValue(email)!, given, ct))
            {
                return io.Error($"No user {result.GetValue(email)}: add one with `tendero users add`.");
            }
            io.Say(generated ? $"New password: {given}" : "Password changed.");
            return 0;
        });
        return command;
    }

    /// <summary>A random password a person can type: 20 characters from an alphabet without look-alikes.</summary>
    public static string NewPassword() =>
        RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);

    private static (string Password, bool Generated) PasswordFor(string? given) =>
        given is { Length: > 0 } ? (given, false) : (NewPassword(), true);

    private static string? CheckBusiness(ParseResult result, CommonOptions common, string? businessId)
    {
        if (string.IsNullOrWhiteSpace(businessId))
        {
            return "--business is required for owner and staff.";
        }
        var folder = CommonOptions.ResolveBusinesses(result.GetValue(common.Businesses)!);
        return File.Exists(Path.Combine(folder, businessId + ".yaml")) ? null : $"No business '{businessId}' in {folder} (expected {businessId}.yaml).";
    }

    private static Option<string?> Business(string description) => new("--business") { Description = description };

    private static Option<string> Email() => new("--email") { Description = "The user's email (their sign-in name)", Required = true };

    private static Option<string?> PasswordOption() =>
        new("--password") { Description = "The password; without it one is generated and printed once" };
}
