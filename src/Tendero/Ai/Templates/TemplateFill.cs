namespace Tendero.Ai.Templates;

/// <summary>A WhatsApp template's parameters in order, the SMS version of the alert, and the tier that wrote them.</summary>
public sealed record TemplateFill(IReadOnlyList<string> Parameters, string Sms, ModelTier Tier);
