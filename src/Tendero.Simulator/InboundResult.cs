namespace Tendero.Simulator;

/// <summary>What happened to a customer's message on its first webhook attempt.</summary>
/// <param name="ProviderId">The id the server will see: inbound wamid, Telegram <c>update_id</c>, or Twilio SM sid.</param>
/// <param name="HttpStatus">
/// What the server answered the first attempt; null when nothing was posted (no webhook URL, a Telegram update left for
/// getUpdates) or the connection failed. Retries, if any, continue in the background and are in the journal.
/// </param>
public sealed record InboundResult(string ProviderId, int? HttpStatus);
