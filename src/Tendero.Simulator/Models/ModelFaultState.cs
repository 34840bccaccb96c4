namespace Tendero.Simulator.Models;

/// <summary>A provider's scripted faults and its random fault with its rate.</summary>
public sealed record ModelFaultState(IReadOnlyList<ModelFault> Pending, ModelFault? RateFault, double Rate);
