using System.Diagnostics;
using Microsoft.Extensions.AI;
using Tendero.Ai.Tiers;
using Tendero.Config;
using Tendero.IntegrationTests.Support;
using Tendero.Simulator.Models;

namespace Tendero.IntegrationTests.Models;

/// <summary>Each injected fault, through the real SDK with retries off, classified as the router will see it.</summary>
public sealed class ModelFaultTests
{
    public sealed record Booking(string Intent, int Party);

    [Theory]
    [InlineData(ModelProvider.OpenAiCompatible)]
    [InlineData(ModelProvider.Anthropic)]
    public async Task Call_RateLimited_ClassifiedRateLimitedWithRetryAfter(ModelProvider provider)
    {
        await using var sim = await ModelSim.StartAsync();
        sim.Faults(provider).Enqueue(ModelFault.RateLimited(TimeSpan.FromSeconds(7)));

        var failure = await FailureAsync(sim, provider);

        Assert.Equal(ModelFailureKind.RateLimited, failure.Kind);
        Assert.Equal(429, failure.Status);
        Assert.Equal(TimeSpan.FromSeconds(7), failure.RetryAfter);
        var call = Assert.Single(sim.Models.Calls());
        Assert.Equal((429, ModelFaultKind.RateLimited), (call.HttpStatus, call.Fault!.Value));
        Assert.Equal(provider == ModelProvider.Anthropic ? "rate_limit_error" : "tokens", call.ErrorType);
    }

    [Theory]
    [InlineData(ModelProvider.OpenAiCompatible, 503)]
    [InlineData(ModelProvider.Anthropic, 529)]
    public async Task Call_Overloaded_ClassifiedOverloaded(ModelProvider provider, int status)
    {
        await using var sim = await ModelSim.StartAsync();
        sim.Faults(provider).Enqueue(ModelFault.Overloaded());

        var failure = await FailureAsync(sim, provider);

        Assert.Equal(ModelFailureKind.Overloaded, failure.Kind);
        Assert.Equal(status, failure.Status);
        Assert.False(failure.IsOurs);
    }

    [Theory]
    [InlineData(ModelProvider.OpenAiCompatible)]
    [InlineData(ModelProvider.Anthropic)]
    public async Task Call_ServerError_ClassifiedServerErrorThenNextCallSucceeds(ModelProvider provider)
    {
        await using var sim = await ModelSim.StartAsync();
        sim.Faults(provider).Enqueue(ModelFault.ServerError());
        using var client = sim.Client(provider);

        var failure = await FailureAsync(sim, provider, client);
        var next = await client.GetResponseAsync("otra vez");

        Assert.Equal((ModelFailureKind.ServerError, 500), (failure.Kind, failure.Status));
        Assert.Equal("Understood.", next.Text);
        Assert.Equal([500, 200], sim.Models.Calls().Select(c => c.HttpStatus));
    }

    [Theory]
    [InlineData(ModelProvider.OpenAiCompatible)]
    [InlineData(ModelProvider.Anthropic)]
    public async Task Call_HeldPastClientTimeout_ClassifiedTimeoutWithinTheTimeout(ModelProvider provider)
    {
        await using var sim = await ModelSim.StartAsync();
        sim.Faults(provider).Enqueue(ModelFault.Timeout(TimeSpan.FromSeconds(60)));
        using var client = sim.Client(provider, TimeSpan.FromSeconds(1));
        var watch = Stopwatch.StartNew();

        var failure = await FailureAsync(sim, provider, client);

        Assert.Equal(ModelFailureKind.Timeout, failure.Kind);
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(5));
        // The simulator notices the hang-up and journals the call with no status.
        await Eventually.UntilAsync(() => Task.FromResult(sim.Models.Calls().Count == 1), TimeSpan.FromSeconds(5), "the held call is journaled");
        Assert.Equal((0, ModelFaultKind.Timeout), (sim.Models.Calls()[0].HttpStatus, sim.Models.Calls()[0].Fault!.Value));
    }

    [Theory]
    [InlineData(ModelProvider.OpenAiCompatible)]
    [InlineData(ModelProvider.Anthropic)]
    public async Task Call_HeldShorterThanClientTimeout_AnswersLate(ModelProvider provider)
    {
        await using var sim = await ModelSim.StartAsync();
        sim.Faults(provider).Enqueue(ModelFault.Timeout(TimeSpan.FromMilliseconds(300)));
        using var client = sim.Client(provider, TimeSpan.FromSeconds(5));
        var watch = Stopwatch.StartNew();

        var response = await client.GetResponseAsync("hola");

        Assert.Equal("Understood.", response.Text);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(290), $"answered after {watch.Elapsed}");
    }

    [Theory]
    [InlineData(ModelProvider.OpenAiCompatible)]
    [InlineData(ModelProvider.Anthropic)]
    public async Task TypedCall_Malformed_ResultFailsToParse(ModelProvider provider)
    {
        await using var sim = await ModelSim.StartAsync(new RecordingBrain(_ => """{"intent":"book","party":4}"""));
        sim.Faults(provider).Enqueue(ModelFault.Malformed());
        using var client = sim.Client(provider);

        var response = await client.GetResponseAsync<Booking>("mesa para 4");

        Assert.False(response.TryGetResult(out _));
        Assert.Equal("""{"intent":"bo""", response.Text); // the first half of {"intent":"book","party":4}
        var error = Assert.ThrowsAny<System.Text.Json.JsonException>(() => response.Result);
        Assert.Equal(ModelFailureKind.Malformed, ModelFailure.Classify(error).Kind);
        Assert.Equal(ModelFaultKind.Malformed, Assert.Single(sim.Models.Calls()).Fault);
    }

    [Theory]
    [InlineData(ModelProvider.OpenAiCompatible)]
    [InlineData(ModelProvider.Anthropic)]
    public async Task TypedCall_ContentFault_ReturnsExactlyThatAnswer(ModelProvider provider)
    {
        await using var sim = await ModelSim.StartAsync(new RecordingBrain(_ => """{"intent":"book","party":4}"""));
        sim.Faults(provider).Enqueue(ModelFault.Content("""{"intent":"unknown","party":0}"""));
        using var client = sim.Client(provider);

        var first = await client.GetResponseAsync<Booking>("mesa para 4");
        var second = await client.GetResponseAsync<Booking>("mesa para 4");

        Assert.Equal(new Booking("unknown", 0), first.Result);
        Assert.Equal(new Booking("book", 4), second.Result);
    }

    [Theory]
    [InlineData(ModelProvider.OpenAiCompatible)]
    [InlineData(ModelProvider.Anthropic)]
    public async Task Call_SpendLimit_ClassifiedSpendLimitNotRateLimited(ModelProvider provider)
    {
        await using var sim = await ModelSim.StartAsync();
        sim.Faults(provider).Enqueue(ModelFault.SpendLimit());

        var failure = await FailureAsync(sim, provider);

        Assert.Equal((ModelFailureKind.SpendLimit, 429), (failure.Kind, failure.Status));
        Assert.True(failure.IsOurs);
    }

    [Theory]
    [InlineData(ModelProvider.OpenAiCompatible)]
    [InlineData(ModelProvider.Anthropic)]
    public async Task Call_WrongKey_ClassifiedConfiguration(ModelProvider provider)
    {
        await using var sim = await ModelSim.StartAsync();
        using var client = TierClients.Create(sim.Endpoint(provider) with { ApiKey = "wrong" }, TimeSpan.FromSeconds(5));

        var failure = await FailureAsync(sim, provider, client);

        Assert.Equal((ModelFailureKind.Configuration, 401), (failure.Kind, failure.Status));
        Assert.Equal(provider == ModelProvider.Anthropic ? "authentication_error" : "invalid_request_error", Assert.Single(sim.Models.Calls()).ErrorType);
    }

    [Fact]
    public async Task Anthropic_SpendLimit_SdkThrowsItsTypedException()
    {
        await using var sim = await ModelSim.StartAsync();
        sim.Models.AnthropicFaults.Enqueue(ModelFault.SpendLimit());
        using var client = sim.Client(ModelProvider.Anthropic);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => client.GetResponseAsync("hola"));

        Assert.IsType<Anthropic.Models.AnthropicEnforcedSpendLimitReachedException>(error);
    }

    [Fact]
    public async Task Rate_AlwaysServerError_EveryCallFailsUntilTurnedOff()
    {
        await using var sim = await ModelSim.StartAsync();
        sim.Models.AnthropicFaults.SetRate(ModelFault.ServerError(), 1);
        using var client = sim.Client(ModelProvider.Anthropic);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(ModelFailureKind.ServerError, (await FailureAsync(sim, ModelProvider.Anthropic, client)).Kind);
        }

        sim.Models.AnthropicFaults.SetRate(ModelFault.ServerError(), 0);
        Assert.Equal("Understood.", (await client.GetResponseAsync("hola")).Text);
        Assert.Empty(sim.Models.Calls(SimModelProvider.OpenAi));
    }

    private static async Task<ModelFailure> FailureAsync(ModelSim sim, ModelProvider provider, IChatClient? client = null)
    {
        var own = client is null ? sim.Client(provider) : null;
        try
        {
            var error = await Assert.ThrowsAnyAsync<Exception>(() => (client ?? own!).GetResponseAsync("mesa para 4"));
            Assert.True(ModelFailure.TryClassify(error, out var failure), $"{error.GetType()}: {error.Message}");
            return failure;
        }
        finally
        {
            own?.Dispose();
        }
    }
}
