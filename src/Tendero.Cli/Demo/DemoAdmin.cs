using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Tendero.Dashboard;

namespace Tendero.Cli.Demo;

/// <summary>The demo's dashboard sign-in: an admin with a fresh random password, printed with the dashboard's address.</summary>
internal static class DemoAdmin
{
    public const string Email = "admin@demo.tendero";

    public static async Task PrintAsync(IServiceProvider services, Uri server, CancellationToken ct)
    {
        var password = UsersCommand.NewPassword();
        await services.GetRequiredService<UserStore>().AddAsync(Email, UserRole.Admin, null, password, ct);
        // Each on its own line, so a narrow terminal does not break the password in two.
        AnsiConsole.MarkupLine($"Dashboard: [bold]{Markup.Escape(server.ToString())}[/]");
        AnsiConsole.MarkupLine($"  email:    [bold]{Email}[/]");
        AnsiConsole.MarkupLine($"  password: [bold]{Markup.Escape(password)}[/]");
    }
}
