using Spectre.Console;

namespace Tendero.IntegrationTests.Support;

/// <summary>A Spectre console that writes plain text, wide enough that no table cell wraps, for checking a command's output.</summary>
public static class PlainConsole
{
    public static IAnsiConsole To(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 250;
        return console;
    }
}
