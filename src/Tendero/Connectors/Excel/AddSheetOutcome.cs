namespace Tendero.Connectors.Excel;

/// <summary>What <see cref="SheetAdder.Add"/> did: the sheet was added (with the parts that changed), or it was refused with a sentence to act on.</summary>
public abstract record AddSheetOutcome
{
    private AddSheetOutcome()
    {
    }

    /// <summary>The sheet is in the workbook. <paramref name="ChangedParts"/> lists every zip entry that differs from before (the rest are byte-identical).</summary>
    public sealed record Added(string Sheet, int Rows, string Part, IReadOnlyList<string> ChangedParts) : AddSheetOutcome;

    /// <summary>Nothing was written; the workbook is exactly as it was.</summary>
    public sealed record Refused(string Reason) : AddSheetOutcome;
}
