using System.CommandLine;
using Tendero.Connectors.Excel;

namespace Tendero.Cli.Excel;

/// <summary>The flags the <c>excel</c> subcommands share.</summary>
internal static class ExcelArguments
{
    public static Option<string> DateOrderOption() => new("--date-order")
    {
        Description = "How text dates like 03/04/2025 are read: dmy (day first, the default) or mdy (month first)",
        DefaultValueFactory = _ => "dmy",
    };

    public static DateOrder? ParseDateOrder(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "dmy" => DateOrder.Dmy,
        "mdy" => DateOrder.Mdy,
        _ => null,
    };

    public const string DateOrderError = "--date-order must be dmy (day first, as in 31/01/2025) or mdy (month first, as in 01/31/2025)";
}
