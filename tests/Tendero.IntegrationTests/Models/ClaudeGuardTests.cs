using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Anthropic;
using Microsoft.Extensions.AI;
using Tendero.Config;

namespace Tendero.IntegrationTests.Models;

/// <summary>Current Claude models refuse sampling parameters; the Claude tier strips them, a raw request gets the 400.</summary>
public sealed class ClaudeGuardTests
{
    private static readonly ChatOptions Sampling = new() { Temperature = 0.2f, TopP = 0.9f, TopK = 40 };

    [Fact]
    public async Task ClaudeTier_TemperatureInOptions_SucceedsAndSendsNoSamplingFields()
    {
        await using var sim = await ModelSim.StartAsync();
        using var client = sim.Client(ModelProvider.Anthropic);

        var response = await client.GetResponseAsync("hola", Sampling);

        Assert.Equal("Understood.", response.Text);
        var call = Assert.Single(sim.Models.Calls());
        Assert.Equal(200, call.HttpStatus);
        Assert.False(call.HasTemperature);
        Assert.False(call.HasTopP);
        Assert.False(call.HasTopK);
        Assert.Equal(0.2f, Sampling.Temperature); // the caller's options are left alone
    }

    /// <summary>
    /// Found while building the tier: Anthropic 13.14's own IChatClient never maps Temperature/TopP/TopK into the request, so the
    /// guard is a second line for when it starts to. If this test fails, the SDK now sends them and the guard is doing real work.
    /// </summary>
    [Fact]
    public async Task UnguardedSdk_TemperatureInOptions_SdkSendsNoSamplingFieldsEither()
    {
        await using var sim = await ModelSim.StartAsync();
        var endpoint = sim.Endpoint(ModelProvider.Anthropic);
        using var raw = new AnthropicClient { ApiKey = endpoint.ApiKey, BaseUrl = endpoint.BaseUrl.ToString().TrimEnd('/'), MaxRetries = 0 }
            .AsIChatClient(endpoint.Model, 256);

        await raw.GetResponseAsync("hola", Sampling);

        var call = Assert.Single(sim.Models.Calls());
        Assert.Equal(200, call.HttpStatus);
        Assert.False(call.HasTemperature || call.HasTopP || call.HasTopK);
    }

    [Fact]
    public async Task RawMessagesRequest_WithTemperature_Returns400InAnthropicEnvelope()
    {
        await using var sim = await ModelSim.StartAsync();
        using var http = AnthropicHttp(sim);

        using var response = await http.PostAsJsonAsync("v1/messages", new
        {
            model = ModelSim.SmartModel, max_tokens = 64, temperature = 0.5, messages = new[] { new { role = "user", content = "hola" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("error", body.GetProperty("type").GetString());
        Assert.Equal("invalid_request_error", body.GetProperty("error").GetProperty("type").GetString());
        Assert.Contains("temperature", body.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("req_", body.GetProperty("request_id").GetString(), StringComparison.Ordinal);
        Assert.Equal(body.GetProperty("request_id").GetString(), response.Headers.GetValues("request-id").Single());
        var call = Assert.Single(sim.Models.Calls());
        Assert.Equal((400, true, ModelSim.SmartModel), (call.HttpStatus, call.HasTemperature, call.Model));
    }

    internal static HttpClient AnthropicHttp(ModelSim sim)
    {
        var http = new HttpClient { BaseAddress = sim.Simulator.BaseAddress };
        http.DefaultRequestHeaders.Add("x-api-key", ModelSim.ClaudeKey);
        http.DefaultRequestHeaders.Add("anthropic-version", "2023-06-01");
        return http;
    }
}
