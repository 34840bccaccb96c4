namespace Tendero.Delivery.Pricing;

/// <summary>A price table, or every sentence saying what is wrong with the prices section; never both.</summary>
public sealed record PriceTableResult(PriceTable? Table, IReadOnlyList<string> Errors)
{
    public bool Ok => Table is not null;
}
