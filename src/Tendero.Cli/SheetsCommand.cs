using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using Tendero.Config;
using Tendero.Connectors.Sheets;

namespace Tendero.Cli;

/// <summary>
/// <c>tendero sheets read|append|update --business ID --tab NAME</c>: the maintainer's look at a business's sheet. Writes
/// go straight to the sheet through the same client the server uses (not through the queue), so they show at once.
/// </summary>
internal static class SheetsCommand
{
    public static Command Create(IAnsiConsole? output = null, Func<SheetsConfig, string, ISheetTab>? localFactory = null)
    {
        var console = output ?? AnsiConsole.Console;
        var command = new Command("sheets", "Read or write a business's Google Sheet (or its local workbook)");
        command.Subcommands.Add(Verb("read", "Print a tab's rows", console, localFactory));
        command.Subcommands.Add(Verb("append", "Append a row: --set Col=Value ...", console, localFactory));
        command.Subcommands.Add(Verb("update", "Set cells of the row whose --key Col=Value matches", console, localFactory));
        return command;
    }

    private static Command Verb(string verb, string description, IAnsiConsole console, Func<SheetsConfig, string, ISheetTab>? localFactory)
    {
        var common = new CommonOptions();
        var business = new Option<string>("--business") { Description = "The business id (its file name in businesses/)", Required = true };
        var tab = new Option<string>("--tab") { Description = "The tab: its key under sheets.tabs or its name in the sheet", Required = true };
        var set = new Option<string[]>("--set") { Description = "Col=Value (repeatable): numbers, ISO dates and HH:mm times land as values", AllowMultipleArgumentsPerToken = false };
        var key = new Option<string?>("--key") { Description = "Col=Value: which row to update" };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table" };
        var command = new Command(verb, description) { business, tab, common.Businesses, common.Simulate };
        if (verb == "read")
        {
            command.Options.Add(json);
        }
        else
        {
            command.Options.Add(set);
        }
        if (verb == "update")
        {
            command.Options.Add(key);
        }
        command.SetAction(async (result, ct) =>
        {
            try
            {
                var simulator = result.GetValue(common.Simulate) is { } url ? new Uri(url) : null;
                var dir = CommonOptions.ResolveBusinesses(result.GetValue(common.Businesses)!);
                var path = Path.Combine(dir, result.GetValue(business)! + ".yaml");
                var config = BusinessLoader.LoadFile(path, Secrets.FromProcess(allowDemoDefaults: simulator is not null), simulator);
                var sheets = config.Sheets ?? throw new BusinessConfigException($"{path}: there is no sheets: section.");
                using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
                var sheet = SheetTabs.Open(sheets, result.GetValue(tab)!, http, TimeProvider.System, localFactory);
                return verb switch
                {
                    "read" => await SheetsConsole.ReadAsync(console, sheet, result.GetValue(json), ct),
                    "append" => await SheetsConsole.AppendAsync(console, sheet, SheetsArgs.Pairs(result.GetValue(set)), ct),
                    _ => await SheetsConsole.UpdateAsync(console, sheet, SheetsArgs.Pair(result.GetValue(key), "--key"), SheetsArgs.Pairs(result.GetValue(set)), ct),
                };
            }
            catch (Exception e) when (e is BusinessConfigException or ArgumentException or InvalidOperationException or SheetsApiException or HttpRequestException or JsonException)
            {
                await Console.Error.WriteLineAsync("tendero sheets: " + e.Message);
                return 2;
            }
        });
        return command;
    }
}
