using Tendero.Core;

namespace Tendero.Delivery.Pricing;

/// <summary>
/// What one message costs: <paramref name="Units"/> (messages, SMS segments or started call minutes) at <paramref name="UnitMicros"/>
/// each, priced on <paramref name="Route"/> ("*" or the calling-code prefix that matched). <paramref name="Category"/> is the
/// WhatsApp pricing category, null on other channels.
/// </summary>
public sealed record PriceQuote(string Route, string? Category, long Units, long UnitMicros, long AmountMicros, string Currency)
{
    public Money Amount => new(AmountMicros, Currency);
}
