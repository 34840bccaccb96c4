using System.Text.Json.Serialization;

namespace Tendero.Bench;

/// <summary>What one load run saw. <see cref="Ok"/> counts every 200 (warm-up and drain included) for the row check.</summary>
internal sealed record LoadResult(
    long Ok, long Errors, long MeasuredOk, double MeasuredSeconds, double P50Ms, double P99Ms, bool RanOut, string? FirstError,
    TimeSpan ClientCpu)
{
    public double PerSecond => MeasuredSeconds > 0 ? MeasuredOk / MeasuredSeconds : 0;
}

[JsonSerializable(typeof(LoadResult))]
internal sealed partial class LoadResultJson : JsonSerializerContext;
