namespace Tendero.Core;

/// <summary>
/// The size of an SMS: <paramref name="Units"/> are septets for GSM-7 (an extension character counts two) or UTF-16 code units
/// for UCS-2 (an emoji counts two); <paramref name="Segments"/> is what the carrier bills.
/// </summary>
public readonly record struct SmsMeasure(SmsEncoding Encoding, int Units, int Segments);
