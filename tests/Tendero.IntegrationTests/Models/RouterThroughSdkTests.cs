using System.Text.Json;
using Microsoft.Extensions.AI;
using Tendero.Ai;
using Tendero.Ai.Offline;
using Tendero.Ai.Routing;
using Tendero.Cli;
using Tendero.Core;
using Tendero.Simulator.Models;

namespace Tendero.IntegrationTests.Models;

/// <summary>
/// la-fonda's model gateway through the real OpenAI and Anthropic SDKs against the simulator's fake Groq and Claude:
/// which tier a request starts on, escalation to smart, and template fills, checked on the <c>model_calls</c> rows and
/// on the fake servers' journal. Failures are in <see cref="RouterThroughSdkFailoverTests"/>.
/// </summary>
public sealed class RouterThroughSdkTests
{
    private const string Plain = "¿a qué hora abren?";
    private const string SeveralConstraints = "Somos 6, dos celíacos y uno vegano: ¿qué platos del menú podemos pedir?";

    [Fact]
    public async Task UnderstandAsync_PlainQuestion_FastAnswersThroughOpenAi()
    {
        await using var sim = await RoutedSim.StartAsync();

        var understood = await sim.UnderstandAsync(Plain);

        Assert.Equal((ModelTier.Fast, Intents.InfoHours), (understood.Tier, understood.Understanding.Intent));
        Assert.Empty(sim.Calls(SimModelProvider.Anthropic));
        var call = Assert.Single(sim.Calls(SimModelProvider.OpenAi));
        CostRows.Paid(Assert.Single(await sim.RowsAsync()), "fast", call, "ok");
    }

    [Fact]
    public async Task UnderstandAsync_SeveralConstraints_StartsOnSmartThroughAnthropic()
    {
        await using var sim = await RoutedSim.StartAsync();

        var understood = await sim.UnderstandAsync(SeveralConstraints);

        Assert.Equal(ModelTier.Smart, understood.Tier);
        Assert.True(understood.Understanding.Confidence >= SimulatorBrain.SmartConfidence, "the answer is Claude's reading");
        Assert.Empty(sim.Calls(SimModelProvider.OpenAi));
        var call = Assert.Single(sim.Calls(SimModelProvider.Anthropic));
        CostRows.Paid(Assert.Single(await sim.RowsAsync()), "smart", call, "ok");
    }

    [Fact]
    public async Task GetResponseAsync_ComplexPurpose_StartsOnSmart()
    {
        await using var sim = await RoutedSim.StartAsync();
        var options = new ModelRoute { BusinessId = sim.Business.Id, Purpose = ModelPurpose.Complex }.ApplyTo(new ChatOptions { MaxOutputTokens = 200 });

        var response = await sim.Gateway.RouterFor(sim.Business).GetResponseAsync("Quiero cambiar mi reserva", options);

        Assert.Equal(ModelTier.Smart, TierRouter.TierOf(response));
        Assert.Empty(sim.Calls(SimModelProvider.OpenAi));
        var call = Assert.Single(sim.Calls(SimModelProvider.Anthropic));
        Assert.Equal(call.Answer, response.Text);
        CostRows.Paid(Assert.Single(await sim.RowsAsync()), "smart", call, "ok", purpose: "complex");
    }

    [Fact]
    public async Task UnderstandAsync_FastUnsure_EscalatesToSmart()
    {
        await using var sim = await RoutedSim.StartAsync();
        var unsure = OfflineNlu.Shared.Understand(Plain, TimeProvider.System.GetUtcNow(), "es") with { Confidence = 0.3 };
        sim.Faults(SimModelProvider.OpenAi).Enqueue(ModelFault.Content(JsonSerializer.Serialize(unsure)));

        var understood = await sim.UnderstandAsync(Plain);

        Assert.Equal(ModelTier.Smart, understood.Tier);
        Assert.True(understood.Understanding.Confidence >= SimulatorBrain.SmartConfidence, "the answer is Claude's reading");
        var rows = await sim.RowsAsync();
        Assert.Equal(2, rows.Count);
        CostRows.Paid(rows[0], "fast", Assert.Single(sim.Calls(SimModelProvider.OpenAi)), "ok");
        CostRows.Paid(rows[1], "smart", Assert.Single(sim.Calls(SimModelProvider.Anthropic)), "ok", "escalated: fast confidence 0.30 below 0.75");
    }

    [Fact]
    public async Task UnderstandAsync_FastMalformedTwice_RetriesOnceThenSmartAnswers()
    {
        await using var sim = await RoutedSim.StartAsync();
        sim.Faults(SimModelProvider.OpenAi).Enqueue(ModelFault.Malformed(), ModelFault.Malformed());

        var understood = await sim.UnderstandAsync(Plain);

        Assert.Equal(ModelTier.Smart, understood.Tier);
        var fast = sim.Calls(SimModelProvider.OpenAi);
        Assert.Equal([ModelFaultKind.Malformed, ModelFaultKind.Malformed], fast.Select(c => c.Fault!.Value));
        var rows = await sim.RowsAsync();
        Assert.Equal(3, rows.Count);
        // An invalid answer is still paid for; the retry and the escalation say why they happened.
        CostRows.Paid(rows[0], "fast", fast[0], "invalid");
        CostRows.Paid(rows[1], "fast", fast[1], "invalid", $"retry: fast answer invalid ({rows[0].Error})");
        CostRows.Paid(rows[2], "smart", Assert.Single(sim.Calls(SimModelProvider.Anthropic)), "ok",
            $"escalated: fast answer invalid twice ({rows[1].Error})");
        Assert.StartsWith("not the expected JSON", rows[0].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FillTemplateAsync_StockAlert_FastFillsWithinTheSmsBudget()
    {
        await using var sim = await RoutedSim.StartAsync();
        var template = sim.Business.TemplateFor("stock-alert")!;

        var fill = await sim.Gateway.FillTemplateAsync(sim.Business, template, StockAlert.Text, StockAlert.Data, CancellationToken.None);

        Assert.Equal(ModelTier.Fast, fill.Tier);
        Assert.Equal([StockAlert.Text], fill.Parameters);
        Assert.Equal(template.Parameters.Count, fill.Parameters.Count);
        Assert.InRange(SmsText.Measure(fill.Sms).Segments, 1, sim.Business.Sms.MaxSegments);
        Assert.Empty(sim.Calls(SimModelProvider.Anthropic));
        CostRows.Paid(Assert.Single(await sim.RowsAsync()), "fast", Assert.Single(sim.Calls(SimModelProvider.OpenAi)), "ok", purpose: "fill_template");
    }

    [Fact]
    public async Task FillTemplateAsync_FastInventsANumberTwice_EscalatesToSmart()
    {
        await using var sim = await RoutedSim.StartAsync();
        var template = sim.Business.TemplateFor("stock-alert")!;
        var invented = ModelFault.Content("""{"parameters":["Quedan 5 kg de corvina"],"sms":"Quedan 5 kg de corvina"}""");
        sim.Faults(SimModelProvider.OpenAi).Enqueue(invented, invented);

        var fill = await sim.Gateway.FillTemplateAsync(sim.Business, template, StockAlert.Text, StockAlert.Data, CancellationToken.None);

        Assert.Equal((ModelTier.Smart, StockAlert.Text), (fill.Tier, Assert.Single(fill.Parameters)));
        var fast = sim.Calls(SimModelProvider.OpenAi);
        var rows = await sim.RowsAsync();
        Assert.Equal(3, rows.Count);
        CostRows.Paid(rows[0], "fast", fast[0], "invalid", purpose: "fill_template");
        CostRows.Paid(rows[1], "fast", fast[1], "invalid", $"retry: fast answer invalid ({rows[0].Error})", "fill_template");
        Assert.Equal("states numbers the alert does not: 5", rows[0].Error);
        CostRows.Paid(rows[2], "smart", Assert.Single(sim.Calls(SimModelProvider.Anthropic)), "ok",
            $"escalated: fast answer invalid twice ({rows[1].Error})", "fill_template");
    }

    private static class StockAlert
    {
        public const string Text = "Stock bajo: quedan 3 kg de corvina, el mínimo es 10 kg.";

        public static readonly IReadOnlyDictionary<string, string> Data = new Dictionary<string, string> { ["item"] = "corvina", ["quantity"] = "3" };
    }
}
