namespace Tendero.Solutions.Reservations;

/// <summary>The phone a booking is kept under: E.164 on WhatsApp and SMS (the plus added when a provider leaves it off), the chat id on Telegram.</summary>
public static class ReservationPhone
{
    public static string Of(string channel, string address)
    {
        var a = address.Trim();
        var e164 = channel is "whatsapp" or "sms" && a.Length > 0 && a.All(char.IsAsciiDigit);
        return e164 ? "+" + a : a;
    }
}
