using Tendero.Simulator.Models;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Models;

/// <summary>What a <c>model_calls</c> row must say, checked against the fake server's journal of the same call.</summary>
internal static class CostRows
{
    // businesses/la-fonda.yaml's prices per million tokens, in USD micro-units (0.075/0.30 and 0.50/2.50 USD).
    private static readonly (long Input, long Output) FastPrice = (75_000, 300_000);
    private static readonly (long Input, long Output) SmartPrice = (500_000, 2_500_000);

    /// <summary>A call that got an answer: the tokens the fake reported in <c>usage</c>, priced exactly and rounded up to the micro-unit.</summary>
    public static void Paid(ModelCallRow row, string tier, ModelCallRecord call, string outcome, string? note = null, string purpose = "classify")
    {
        var (model, price) = tier == "fast" ? (ModelSim.FastModel, FastPrice) : (ModelSim.SmartModel, SmartPrice);
        Assert.Equal((tier, model, purpose, outcome, "USD"), (row.Tier, row.Model, row.Purpose, row.Outcome, row.Currency));
        Assert.Equal(200, call.HttpStatus);
        Assert.True(call.InputTokens > 0 && call.OutputTokens > 0, $"the fake reported {call.InputTokens}/{call.OutputTokens} tokens");
        Assert.Equal((call.InputTokens, call.OutputTokens), ((int)row.InputTokens, (int)row.OutputTokens));
        var exact = (decimal)row.InputTokens * price.Input + (decimal)row.OutputTokens * price.Output;
        Assert.Equal((long)Math.Ceiling(exact / 1_000_000m), row.AmountMicros);
        Assert.Equal(note, row.Note);
    }

    /// <summary>A call that failed: no tokens, no cost, and the error kept.</summary>
    public static void Unpaid(ModelCallRow row, string tier, string outcome, string? note = null, string purpose = "classify")
    {
        var model = tier == "fast" ? ModelSim.FastModel : ModelSim.SmartModel;
        Assert.Equal((tier, model, purpose, outcome), (row.Tier, row.Model, row.Purpose, row.Outcome));
        Assert.Equal((0L, 0L, 0L), (row.InputTokens, row.OutputTokens, row.AmountMicros));
        Assert.False(string.IsNullOrWhiteSpace(row.Error), "a failed call keeps its error");
        Assert.Equal(note, row.Note);
    }

    /// <summary>An answer from the offline tier: free, and the note says why it came to that.</summary>
    public static void Offline(ModelCallRow row, string note, string purpose = "classify")
    {
        Assert.Equal(("offline", "offline", purpose, "ok"), (row.Tier, row.Model, row.Purpose, row.Outcome));
        Assert.Equal((0L, 0L, 0L, "USD"), (row.InputTokens, row.OutputTokens, row.AmountMicros, row.Currency));
        Assert.Equal(note, row.Note);
    }
}
