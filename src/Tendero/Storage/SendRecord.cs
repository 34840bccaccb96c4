using Tendero.Delivery.Pricing;

namespace Tendero.Storage;

/// <summary>
/// What a send turned into, kept with the message: the approved template used instead of free text (WhatsApp outside
/// its window), the SMS segments, and its price. The message keeps the text it was given; an SMS that had to be
/// shortened is sent shortened, and the same policy gives the same result again.
/// </summary>
public sealed record SendRecord(string? Template, int? Segments, PriceQuote? Quote);
