namespace Tendero.Cli.Excel;

/// <summary>Where the <c>excel</c> subcommands write: results to one writer, progress, reports and errors to the other (stderr).</summary>
internal sealed class ExcelConsole(TextWriter output, TextWriter errors)
{
    public const int Ran = 0;

    public const int BadInput = 2;

    public TextWriter Out => output;

    public void Say(string text) => errors.WriteLine(text);

    /// <summary>Writes the error and returns the exit code for bad arguments or unreadable input.</summary>
    public int Fail(string text)
    {
        errors.WriteLine("error: " + text);
        return BadInput;
    }
}
