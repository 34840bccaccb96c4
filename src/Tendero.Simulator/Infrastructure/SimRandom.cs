using System.Text;

namespace Tendero.Simulator.Infrastructure;

/// <summary>One random source for ids and outcomes, seeded when <see cref="SimulatorOptions.Seed"/> is set. Locked: requests draw concurrently.</summary>
internal sealed class SimRandom(int? seed)
{
    private readonly Lock gate = new();
    private readonly Random random = seed is int s ? new Random(s) : new Random();

    public double NextDouble()
    {
        lock (gate)
        {
            return random.NextDouble();
        }
    }

    /// <summary>True with probability <paramref name="p"/>; draws nothing when p is 0 or 1 so a seeded run stays stable.</summary>
    public bool Chance(double p) => p > 0 && (p >= 1 || NextDouble() < p);

    public int Next(int maxExclusive)
    {
        lock (gate)
        {
            return random.Next(maxExclusive);
        }
    }

    public string Hex(int length) => Pick("0123456789abcdef", length);

    public string Digits(int length) => Pick("0123456789", length);

    public string Alphanumeric(int length) => Pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", length);

    private string Pick(string alphabet, int length)
    {
        var text = new StringBuilder(length);
        lock (gate)
        {
            for (var i = 0; i < length; i++)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }
        }

        return text.ToString();
    }
}
