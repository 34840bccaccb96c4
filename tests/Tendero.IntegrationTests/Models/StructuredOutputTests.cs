using System.Text.Json;
using Microsoft.Extensions.AI;
using Tendero.Config;
using Tendero.Simulator.Models;

namespace Tendero.IntegrationTests.Models;

/// <summary><c>GetResponseAsync&lt;T&gt;</c> through the real SDKs: the schema reaches the brain, the answer comes back typed, usage is honest.</summary>
public sealed class StructuredOutputTests
{
    public sealed record Booking(string Intent, int Party);

    [Theory]
    [InlineData(ModelProvider.OpenAiCompatible)]
    [InlineData(ModelProvider.Anthropic)]
    public async Task GetResponseAsyncOfT_BrainAnswers_ParsesAndUsageMatchesJournal(ModelProvider provider)
    {
        var brain = new RecordingBrain(_ => """{"intent":"book","party":4}""");
        await using var sim = await ModelSim.StartAsync(brain);
        using var client = sim.Client(provider);

        var response = await client.GetResponseAsync<Booking>(
            [new ChatMessage(ChatRole.System, "Eres un asistente de reservas."), new ChatMessage(ChatRole.User, "mesa para 4 mañana a las 21h")]);

        Assert.Equal(new Booking("book", 4), response.Result);
        var call = Assert.Single(sim.Models.Calls(ModelSim.Sim(provider)));
        Assert.Equal(200, call.HttpStatus);
        Assert.Equal(ModelAnswerFormat.JsonSchema, call.Format);
        Assert.True(call.InputTokens > 10, $"input tokens {call.InputTokens}");
        Assert.True(call.OutputTokens > 3, $"output tokens {call.OutputTokens}");
        Assert.Equal(call.InputTokens, response.Usage?.InputTokenCount);
        Assert.Equal(call.OutputTokens, response.Usage?.OutputTokenCount);
        var ask = Assert.Single(brain.Asks);
        Assert.Equal("mesa para 4 mañana a las 21h", ask.UserText);
        Assert.Equal("Eres un asistente de reservas.", ask.System);
        Assert.Contains("party", ask.Schema!.Value.GetProperty("properties").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task GetResponseAsyncOfT_OpenAi_BrainSeesSchemaNameAndUserText()
    {
        var brain = new RecordingBrain(_ => null);
        await using var sim = await ModelSim.StartAsync(brain);
        using var client = sim.Client(ModelProvider.OpenAiCompatible);

        await client.GetResponseAsync<Booking>("table for 2 at 8pm");

        var ask = Assert.Single(brain.Asks);
        Assert.Equal("Booking", ask.SchemaName);
        Assert.Equal("table for 2 at 8pm", ask.UserText);
        Assert.Equal(ModelSim.FastModel, ask.Model);
        Assert.Equal("Booking", Assert.Single(sim.Models.Calls()).SchemaName);
    }

    [Fact]
    public async Task GetResponseAsync_LongerAnswer_CountsMoreOutputTokens()
    {
        await using var sim = await ModelSim.StartAsync(new RecordingBrain(ask => ask.UserText == "short" ? "Sí." : string.Join(' ', Enumerable.Repeat("palabra", 40))));
        using var client = sim.Client(ModelProvider.OpenAiCompatible);

        var small = await client.GetResponseAsync("short");
        var large = await client.GetResponseAsync("long");

        Assert.Equal("Sí.", small.Text);
        Assert.True(large.Usage!.OutputTokenCount > small.Usage!.OutputTokenCount * 10);
        Assert.Equal(small.Usage.InputTokenCount, large.Usage.InputTokenCount);
    }

    [Fact]
    public async Task Default_SchemaWithEnumsAndNestedObjects_DeserializesToTheType()
    {
        await using var sim = await ModelSim.StartAsync();
        using var client = sim.Client(ModelProvider.Anthropic);

        var response = await client.GetResponseAsync<Order>("dos pizzas para llevar");

        Assert.True(response.TryGetResult(out var order), response.Text);
        Assert.Equal(Pickup.Takeaway, order.Pickup);
        Assert.NotNull(order.Customer);
        Assert.Empty(order.Lines);
        using var answer = JsonDocument.Parse(Assert.Single(sim.Models.Calls()).Answer!);
        Assert.Equal("Takeaway", answer.RootElement.GetProperty("pickup").GetString()); // the first enum value, as MEAI names it
    }

    public enum Pickup
    {
        Takeaway,
        Delivery,
    }

    public sealed record Customer(string Name, int Visits);

    public sealed record Line(string Item, int Quantity);

    public sealed record Order(Pickup Pickup, Customer Customer, IReadOnlyList<Line> Lines);
}
