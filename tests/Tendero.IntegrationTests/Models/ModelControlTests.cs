using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Tendero.Ai.Tiers;
using Tendero.Config;

namespace Tendero.IntegrationTests.Models;

/// <summary><c>/_sim/models/*</c>: faults scripted and calls read over HTTP, as a host in another process does.</summary>
public sealed class ModelControlTests
{
    [Fact]
    public async Task PostFaults_QueueOfTwo_AppliesInOrderThenAnswersNormally()
    {
        await using var sim = await ModelSim.StartAsync();
        using var control = new HttpClient { BaseAddress = sim.Simulator.BaseAddress };
        using var client = sim.Client(ModelProvider.OpenAiCompatible);

        using var set = await control.PostAsync("_sim/models/faults", Json("""
            {"provider":"openai","enqueue":[{"kind":"rate_limited","retry_after":"00:00:03"},{"kind":"content","text":"no sé"}]}
            """));
        var limited = await Assert.ThrowsAnyAsync<Exception>(() => client.GetResponseAsync("uno"));
        var scripted = await client.GetResponseAsync("dos");
        var normal = await client.GetResponseAsync("tres");

        set.EnsureSuccessStatusCode();
        Assert.Equal(2, (await set.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("openai").GetProperty("pending").GetArrayLength());
        Assert.Equal(TimeSpan.FromSeconds(3), ModelFailure.Classify(limited).RetryAfter);
        Assert.Equal(("no sé", "Understood."), (scripted.Text, normal.Text));
        var calls = await control.GetFromJsonAsync<JsonElement>("_sim/models/calls?provider=openai");
        Assert.Equal([429, 200, 200], calls.EnumerateArray().Select(c => c.GetProperty("http_status").GetInt32()));
        Assert.Equal("rate_limited", calls[0].GetProperty("fault").GetString());
        Assert.Equal("openai", calls[0].GetProperty("provider").GetString());
        Assert.Equal("uno", calls[0].GetProperty("user_text").GetString());
        Assert.True(calls[1].GetProperty("input_tokens").GetInt32() > 0);
    }

    [Fact]
    public async Task PostFaults_AnthropicOverloadRate_ShowsInGetAndDeleteClearsCalls()
    {
        await using var sim = await ModelSim.StartAsync();
        using var control = new HttpClient { BaseAddress = sim.Simulator.BaseAddress };
        using var client = sim.Client(ModelProvider.Anthropic);

        (await control.PostAsync("_sim/models/faults", Json("""{"provider":"anthropic","rate":1,"rate_fault":{"kind":"overloaded"}}"""))).EnsureSuccessStatusCode();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => client.GetResponseAsync("hola"));
        var faults = await control.GetFromJsonAsync<JsonElement>("_sim/models/faults");
        using var cleared = await control.DeleteAsync("_sim/models/calls");

        Assert.Equal(ModelFailureKind.Overloaded, ModelFailure.Classify(error).Kind);
        Assert.Equal(1, faults.GetProperty("anthropic").GetProperty("rate").GetDouble());
        Assert.Equal("overloaded", faults.GetProperty("anthropic").GetProperty("rate_fault").GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        Assert.Empty(sim.Models.Calls());
    }

    [Theory]
    [InlineData("""{"enqueue":[]}""")]
    [InlineData("""{"provider":"openai","enqueue":[{"kind":"rate_limited","retry_after":"00:00:00"}]}""")]
    [InlineData("""{"provider":"anthropic","enqueue":[{"kind":"content"}]}""")]
    [InlineData("""{"provider":"anthropic","rate":0.5}""")]
    [InlineData("""{"provider":"openai","enqueue":[{"kind":"melted"}]}""")]
    public async Task PostFaults_Invalid_400AndNothingChanges(string body)
    {
        await using var sim = await ModelSim.StartAsync();
        using var control = new HttpClient { BaseAddress = sim.Simulator.BaseAddress };

        using var response = await control.PostAsync("_sim/models/faults", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(sim.Models.OpenAiFaults.State().Pending);
        Assert.Empty(sim.Models.AnthropicFaults.State().Pending);
        Assert.Null(sim.Models.AnthropicFaults.State().RateFault);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
