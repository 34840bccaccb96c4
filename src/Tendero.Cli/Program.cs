using System.CommandLine;
using Tendero.Cli;

// The `tendero` executable: each verb lives in its own file.
var root = new RootCommand("Tendero: automation for small businesses on WhatsApp, Telegram and SMS.")
{
    ServeCommand.Create(),
    DemoCommand.Create(),
    SendCommand.Create(),
    DeadCommand.Create(),
    ChainsCommand.Create(),
    EvalCommand.Create(),
    ExcelCommand.Create(),
    SheetsCommand.Create(localFactory: new Tendero.Connectors.Sheets.LocalSheetTabs(TimeProvider.System).Open),
    SimulatorCommand.Create(),
    PrintCommand.Create(),
    UsersCommand.Create(),
    ExportCommand.Create(),
    ExitKitCommand.Create(),
    ImportCommand.Create(),
    BackupCommand.Create(),
    ReportCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
