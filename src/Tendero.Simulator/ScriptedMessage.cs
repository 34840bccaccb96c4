namespace Tendero.Simulator;

/// <summary>One customer message of a demo burst made by <see cref="VirtualCustomers.Script"/>.</summary>
/// <param name="Channel">Which provider carries it (Twilio = SMS).</param>
/// <param name="Account">Phone number id, bot token or account sid it is sent to.</param>
/// <param name="From">WhatsApp wa_id (digits), Telegram chat id, or E.164 SMS sender.</param>
/// <param name="To">The business number for SMS; null otherwise.</param>
/// <param name="LanguageCode"><c>es</c> or <c>en</c>.</param>
/// <param name="At">Offset from the start of the burst.</param>
public sealed record ScriptedMessage(
    SimProvider Channel,
    string Account,
    string From,
    string? To,
    string Name,
    string LanguageCode,
    string Text,
    TimeSpan At);
