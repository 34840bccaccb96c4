using Spectre.Console;
using Tendero.Dashboard;

namespace Tendero.Cli;

/// <summary>Where <c>tendero users</c> writes: tables and confirmations to one console, refusals to stderr.</summary>
internal sealed class UsersConsole(IAnsiConsole output, IAnsiConsole errors)
{
    public void Say(string text) => output.WriteLine(text);

    public int Error(string text)
    {
        errors.MarkupLine($"[red]{Markup.Escape(text)}[/]");
        return 1;
    }

    public void Print(IReadOnlyList<UserListing> rows)
    {
        if (rows.Count == 0)
        {
            output.WriteLine("No users yet: add one with `tendero users add --email you@example.com --role admin`.");
            return;
        }
        var table = new Table().AddColumns("email", "business", "role");
        foreach (var r in rows)
        {
            table.AddRow(Markup.Escape(r.Email), Markup.Escape(r.BusinessId == UserStore.AllBusinesses ? "(all)" : r.BusinessId), Markup.Escape(r.Role));
        }
        output.Write(table);
    }
}
