namespace Tendero.Connectors.EscPos;

/// <summary>A kitchen ticket that cannot be printed as sent; the message names every bad field.</summary>
public sealed class TicketFormatException(string message) : Exception(message);
