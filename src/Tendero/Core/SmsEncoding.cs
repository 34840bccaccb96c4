namespace Tendero.Core;

/// <summary>How an SMS travels: 7-bit GSM 03.38 when every character allows it, UCS-2 (UTF-16) otherwise.</summary>
public enum SmsEncoding
{
    Gsm7,
    Ucs2,
}
