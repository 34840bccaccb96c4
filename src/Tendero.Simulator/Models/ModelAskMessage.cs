namespace Tendero.Simulator.Models;

/// <summary>One message of a model call: its role (user, assistant, tool) and its text parts joined.</summary>
public sealed record ModelAskMessage(string Role, string Text);
