namespace Tendero.Ai.Eval;

/// <summary>A problem with one line of an evaluation file, with its 1-based line number and why.</summary>
public sealed record NluReadError(int Line, string Problem)
{
    public override string ToString() => $"line {Line}: {Problem}";
}

/// <summary>The cases read from an evaluation file, and every line that could not be read.</summary>
public sealed record NluReadResult(IReadOnlyList<NluCase> Cases, IReadOnlyList<NluReadError> Errors)
{
    public bool Ok => Errors.Count == 0;
}
