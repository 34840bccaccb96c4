namespace Tendero.Connectors.Excel;

/// <summary>What opening a workbook gives: the workbook, or a sentence a person can act on ("… is password-protected: …").</summary>
public abstract record WorkbookLoad
{
    private WorkbookLoad()
    {
    }

    public sealed record Loaded(Workbook Workbook) : WorkbookLoad;

    public sealed record Failed(string Reason) : WorkbookLoad;
}
