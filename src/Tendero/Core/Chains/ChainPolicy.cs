namespace Tendero.Core.Chains;

/// <summary>A named fallback policy from the business file; a chain freezes a copy of it when it starts.</summary>
public sealed record ChainPolicy(string Name, IReadOnlyList<ChainStep> Steps, QuietHours? QuietHours);
