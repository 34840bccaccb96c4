namespace Tendero.Connectors.Excel;

/// <summary>A mapping file that cannot be used; the message names the file and the field.</summary>
public sealed class ColumnMapException : Exception
{
    public ColumnMapException()
    {
    }

    public ColumnMapException(string message)
        : base(message)
    {
    }

    public ColumnMapException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
