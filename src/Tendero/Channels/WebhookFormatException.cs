namespace Tendero.Channels;

/// <summary>A webhook body that passed its signature check but cannot be understood. Answered with 400; nothing is stored.</summary>
public sealed class WebhookFormatException(string message) : Exception(message);
