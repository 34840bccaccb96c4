using Tendero.Simulator.Infrastructure;

namespace Tendero.Simulator.Models;

/// <summary>
/// The faults of one provider's model server: a queue of scripted outcomes, one per call, then a random fault at a rate.
/// Thread-safe; each call takes at most one fault.
/// </summary>
public sealed class ModelFaults
{
    private readonly Lock gate = new();
    private readonly Queue<ModelFault> pending = new();
    private ModelFault? rateFault;
    private double rate;

    /// <summary>Scripted outcomes for the next calls, in order. Throws <see cref="ArgumentException"/> for an unusable fault.</summary>
    public void Enqueue(params IEnumerable<ModelFault> faults)
    {
        var list = faults.ToList();
        if (list.Select(f => f.Error()).FirstOrDefault(e => e is not null) is { } error)
        {
            throw new ArgumentException(error, nameof(faults));
        }

        lock (gate)
        {
            foreach (var fault in list)
            {
                pending.Enqueue(fault);
            }
        }
    }

    /// <summary>Once the queue is empty, each call gets <paramref name="fault"/> with probability <paramref name="probability"/> (0 turns it off).</summary>
    public void SetRate(ModelFault fault, double probability)
    {
        if (fault.Error() is { } error)
        {
            throw new ArgumentException(error, nameof(fault));
        }

        if (probability is not (>= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "A fault rate is a probability between 0 and 1.");
        }

        lock (gate)
        {
            (rateFault, rate) = probability > 0 ? (fault, probability) : (null, 0);
        }
    }

    /// <summary>Forgets the queue and the rate.</summary>
    public void Clear()
    {
        lock (gate)
        {
            pending.Clear();
            (rateFault, rate) = (null, 0);
        }
    }

    /// <summary>The queue and the rate, as <c>GET /_sim/models/faults</c> shows them.</summary>
    public ModelFaultState State()
    {
        lock (gate)
        {
            return new ModelFaultState(pending.ToArray(), rateFault, rate);
        }
    }

    internal ModelFault? Next(SimRandom random)
    {
        lock (gate)
        {
            if (pending.TryDequeue(out var fault))
            {
                return fault;
            }

            return rateFault is not null && random.Chance(rate) ? rateFault : null;
        }
    }
}
