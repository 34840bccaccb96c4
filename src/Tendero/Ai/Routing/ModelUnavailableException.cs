namespace Tendero.Ai.Routing;

/// <summary>No tier could answer: the remote ones failed, were off or resting, and the request has no offline answer.</summary>
public sealed class ModelUnavailableException(string message) : Exception(message);
