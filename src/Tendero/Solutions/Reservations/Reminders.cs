using System.Text.Json.Nodes;
using Tendero.Config;
using Tendero.Core;

namespace Tendero.Solutions.Reservations;

/// <summary>
/// What a day-of reminder says on each channel. The chain's text goes to Telegram (with the Confirm / Cancel keyboard
/// from the template's buttons); its data fills the WhatsApp template (<c>name</c>, <c>time</c>, <c>party</c>,
/// <c>date</c>, and the two button payloads) and carries the SMS version, which asks for 1 or 2.
/// </summary>
public static class Reminders
{
    public const string ConfirmPayloadField = "confirm_payload";
    public const string CancelPayloadField = "cancel_payload";

    public static string Text(BusinessConfig business, Reservation r, string language) => language == "en"
        ? $"Hi {First(r.Name)}! A reminder of your table at {business.Name} today at {r.Time:HH\\:mm} for {r.PartySize}. Will you come?"
        : $"¡Hola {First(r.Name)}! Te recordamos tu mesa en {business.Name} hoy a las {r.Time:HH\\:mm} para {r.PartySize}. ¿Nos confirmas?";

    public static string Sms(BusinessConfig business, Reservation r, string language) => language == "en"
        ? $"{business.Name}: your table today at {r.Time:HH\\:mm} for {r.PartySize}. Reply 1 to confirm, 2 to cancel."
        : $"{business.Name}: tu mesa hoy a las {r.Time:HH\\:mm} para {r.PartySize}. Responde 1 para confirmar, 2 para cancelar.";

    public static string Data(BusinessConfig business, Reservation r, string language) => new JsonObject
    {
        ["name"] = First(r.Name),
        ["time"] = r.Time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        ["party"] = r.PartySize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["date"] = ReservationJobs.Day(r.Date),
        [ConfirmPayloadField] = ReminderAnswers.Payload(ReminderAnswers.Confirm, r.Date, r.Id),
        [CancelPayloadField] = ReminderAnswers.Payload(ReminderAnswers.Cancel, r.Date, r.Id),
        [Delivery.Chains.FilledData.Sms] = Sms(business, r, language),
    }.ToJsonString();

    /// <summary>Where the guest can be reached: a phone reaches WhatsApp and SMS, a Telegram chat only Telegram. Null when neither.</summary>
    public static IReadOnlyDictionary<ChannelKind, string>? Addresses(Reservation r)
    {
        var channel = r.Channel.Trim().ToLowerInvariant();
        if (channel == "telegram" && r.Phone.Trim().Length > 0 && !r.Phone.Trim().StartsWith('+'))
        {
            return new Dictionary<ChannelKind, string> { [ChannelKind.Telegram] = r.Phone.Trim() };
        }
        var phone = Address.NormalizePhone(r.Phone.Trim());
        return phone.StartsWith('+') && phone.Length > 6
            ? new Dictionary<ChannelKind, string> { [ChannelKind.WhatsApp] = phone, [ChannelKind.Sms] = phone }
            : null;
    }

    private static string First(string name) => string.IsNullOrWhiteSpace(name) ? "" : name.Trim().Split(' ')[0];
}
