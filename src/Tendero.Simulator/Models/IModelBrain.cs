namespace Tendero.Simulator.Models;

/// <summary>
/// What the fake models think. The host plugs in whatever it likes (Tendero's offline NLU, a lookup table in a test);
/// the simulator knows nothing about it. Called once per accepted call, on the request thread, possibly concurrently.
/// To add a brain: implement <see cref="Answer"/> and set <see cref="SimModelOptions.Brain"/>.
/// </summary>
public interface IModelBrain
{
    /// <summary>The exact answer text (JSON for a schema call), or null for the simulator's default answer.</summary>
    string? Answer(ModelAsk ask);
}
