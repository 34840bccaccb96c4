using System.Collections.Concurrent;
using Tendero.Simulator.Models;

namespace Tendero.IntegrationTests.Models;

/// <summary>A brain that remembers what it was asked and answers with <paramref name="answer"/> (null: the simulator's default).</summary>
public sealed class RecordingBrain(Func<ModelAsk, string?> answer) : IModelBrain
{
    public ConcurrentQueue<ModelAsk> Asks { get; } = new();

    public string? Answer(ModelAsk ask)
    {
        Asks.Enqueue(ask);
        return answer(ask);
    }
}
