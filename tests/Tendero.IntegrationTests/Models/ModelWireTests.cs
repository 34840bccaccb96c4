using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Tendero.Config;
using Tendero.Simulator.Models;

namespace Tendero.IntegrationTests.Models;

/// <summary>The fake servers' wire: validation in each provider's error shape, rate-limit headers, SSE, JSON mode, max tokens.</summary>
public sealed class ModelWireTests
{
    [Theory]
    [InlineData("{not json", "We could not parse")]
    [InlineData("""{"messages":[{"role":"user","content":"hola"}]}""", "'model'")]
    [InlineData("""{"model":"m"}""", "'messages'")]
    [InlineData("""{"model":"m","messages":[{"role":"user","content":"hola"}],"n":2}""", "'n'")]
    [InlineData("""{"model":"m","messages":[{"role":"user","content":"hola"}],"response_format":{"type":"xml"}}""", "response_format")]
    public async Task OpenAi_InvalidBody_400InOpenAiShape(string body, string expected)
    {
        await using var sim = await ModelSim.StartAsync();
        using var http = OpenAiHttp(sim);

        using var response = await http.PostAsync("v1/chat/completions", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error");
        Assert.Contains(expected, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("invalid_request_error", error.GetProperty("type").GetString());
        Assert.True(error.TryGetProperty("code", out _));
        Assert.Equal(400, Assert.Single(sim.Models.Calls()).HttpStatus);
    }

    [Theory]
    [InlineData("{not json", "parsing the body")]
    [InlineData("""{"model":"m","messages":[{"role":"user","content":"hola"}]}""", "max_tokens: Field required")]
    [InlineData("""{"max_tokens":10,"messages":[{"role":"user","content":"hola"}]}""", "model: Field required")]
    [InlineData("""{"model":"m","max_tokens":10}""", "messages: Field required")]
    [InlineData("""{"model":"m","max_tokens":10,"top_k":5,"messages":[{"role":"user","content":"hola"}]}""", "top_k")]
    [InlineData("""{"model":"m","max_tokens":10,"messages":[{"role":"system","content":"x"}]}""", "messages.0.role")]
    public async Task Anthropic_InvalidBody_400InAnthropicEnvelope(string body, string expected)
    {
        await using var sim = await ModelSim.StartAsync();
        using var http = ClaudeGuardTests.AnthropicHttp(sim);

        using var response = await http.PostAsync("v1/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var envelope = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("error", envelope.GetProperty("type").GetString());
        Assert.Equal("invalid_request_error", envelope.GetProperty("error").GetProperty("type").GetString());
        Assert.Contains(expected, envelope.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("req_", envelope.GetProperty("request_id").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anthropic_NoVersionHeader_400()
    {
        await using var sim = await ModelSim.StartAsync();
        using var http = new HttpClient { BaseAddress = sim.Simulator.BaseAddress };
        http.DefaultRequestHeaders.Add("x-api-key", ModelSim.ClaudeKey);

        using var response = await http.PostAsJsonAsync("v1/messages", new { model = "m", max_tokens = 5, messages = new[] { new { role = "user", content = "hola" } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("anthropic-version", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAi_NoBearer_401InvalidApiKey()
    {
        await using var sim = await ModelSim.StartAsync();
        using var http = new HttpClient { BaseAddress = sim.Simulator.BaseAddress };

        using var response = await http.PostAsJsonAsync("v1/chat/completions", new { model = "m", messages = new[] { new { role = "user", content = "hola" } } });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_api_key", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task OpenAi_JsonObjectAndMaxTokens_AnswersBracesAndRateHeaders()
    {
        await using var sim = await ModelSim.StartAsync();
        using var http = OpenAiHttp(sim);

        using var response = await http.PostAsJsonAsync("v1/chat/completions", new
        {
            model = ModelSim.FastModel, max_tokens = 50, response_format = new { type = "json_object" },
            messages = new object[] { new { role = "system", content = "JSON only" }, new { role = "user", content = new[] { new { type = "text", text = "hola" } } } },
        });

        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("{}", body.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString());
        var usage = body.GetProperty("usage");
        Assert.Equal(usage.GetProperty("prompt_tokens").GetInt32() + usage.GetProperty("completion_tokens").GetInt32(), usage.GetProperty("total_tokens").GetInt32());
        Assert.Equal("1000", response.Headers.GetValues("x-ratelimit-limit-requests").Single());
        Assert.Equal("999", response.Headers.GetValues("x-ratelimit-remaining-requests").Single());
        Assert.EndsWith("s", response.Headers.GetValues("x-ratelimit-reset-tokens").Single(), StringComparison.Ordinal);
        var call = Assert.Single(sim.Models.Calls());
        Assert.Equal((ModelAnswerFormat.JsonObject, 50, "hola"), (call.Format, call.MaxTokens!.Value, call.UserText));
    }

    [Theory]
    [InlineData(ModelProvider.OpenAiCompatible, "length")]
    [InlineData(ModelProvider.Anthropic, "max_tokens")]
    public async Task Call_AnswerLongerThanMaxTokens_CutAtTheLimit(ModelProvider provider, string stopReason)
    {
        await using var sim = await ModelSim.StartAsync(new RecordingBrain(_ => string.Join(' ', Enumerable.Repeat("palabra", 100))));
        using var client = sim.Client(provider);

        var response = await client.GetResponseAsync("hola", new ChatOptions { MaxOutputTokens = 5 });

        Assert.Equal(5, response.Usage!.OutputTokenCount);
        Assert.Equal(ChatFinishReason.Length, response.FinishReason);
        Assert.Equal(stopReason, Assert.Single(sim.Models.Calls()).StopReason);
    }

    [Theory]
    [InlineData(ModelProvider.OpenAiCompatible)]
    [InlineData(ModelProvider.Anthropic)]
    public async Task Streaming_ThroughSdk_TextAndUsageArrive(ModelProvider provider)
    {
        const string Answer = "Con gusto: mesa para 4 mañana a las 21:00, a nombre de Ana. ¿Algo más? 🍷";
        await using var sim = await ModelSim.StartAsync(new RecordingBrain(_ => Answer));
        using var client = sim.Client(provider);

        var updates = await client.GetStreamingResponseAsync("mesa para 4").ToListAsync();
        var response = updates.ToChatResponse();

        Assert.Equal(Answer, response.Text);
        Assert.True(updates.Count > 3, $"{updates.Count} updates");
        var call = Assert.Single(sim.Models.Calls());
        Assert.True(call.Stream);
        Assert.Equal(call.OutputTokens, response.Usage?.OutputTokenCount);
    }

    [Fact]
    public async Task OpenAi_RawStream_EndsWithUsageChunkThenDone()
    {
        await using var sim = await ModelSim.StartAsync();
        using var http = OpenAiHttp(sim);

        using var response = await http.PostAsJsonAsync("v1/chat/completions", new
        {
            model = ModelSim.FastModel, stream = true, stream_options = new { include_usage = true },
            messages = new[] { new { role = "user", content = "hola" } },
        });

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = (await response.Content.ReadAsStringAsync()).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("data: [DONE]", events[^1]);
        var usage = JsonDocument.Parse(events[^2]["data: ".Length..]).RootElement;
        Assert.Equal(0, usage.GetProperty("choices").GetArrayLength());
        Assert.True(usage.GetProperty("usage").GetProperty("completion_tokens").GetInt32() > 0);
        Assert.Equal("stop", JsonDocument.Parse(events[^3]["data: ".Length..]).RootElement.GetProperty("choices")[0].GetProperty("finish_reason").GetString());
    }

    [Fact]
    public async Task Anthropic_Answer_CarriesRequestIdAndRateLimitHeaders()
    {
        var brain = new RecordingBrain(_ => null);
        await using var sim = await ModelSim.StartAsync(brain);
        using var http = ClaudeGuardTests.AnthropicHttp(sim);

        using var response = await http.PostAsJsonAsync("v1/messages", new
        {
            model = ModelSim.SmartModel, max_tokens = 64, system = new[] { new { type = "text", text = "Eres un asistente." } },
            messages = new[] { new { role = "user", content = new[] { new { type = "text", text = "hola" } } } },
        });

        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("message", "end_turn", "text"), (body.GetProperty("type").GetString(), body.GetProperty("stop_reason").GetString(),
            body.GetProperty("content")[0].GetProperty("type").GetString()));
        var usage = body.GetProperty("usage");
        Assert.Equal(0, usage.GetProperty("cache_read_input_tokens").GetInt32());
        Assert.Equal(0, usage.GetProperty("cache_creation_input_tokens").GetInt32());
        Assert.True(usage.GetProperty("input_tokens").GetInt32() > 0);
        Assert.StartsWith("req_", response.Headers.GetValues("request-id").Single(), StringComparison.Ordinal);
        Assert.True(DateTimeOffset.TryParse(response.Headers.GetValues("anthropic-ratelimit-requests-reset").Single(), out _));
        var ask = Assert.Single(brain.Asks);
        Assert.Equal(("Eres un asistente.", "hola", ModelAnswerFormat.Text), (ask.System, ask.UserText, ask.Format));
    }

    internal static HttpClient OpenAiHttp(ModelSim sim)
    {
        var http = new HttpClient { BaseAddress = sim.Simulator.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ModelSim.GroqKey);
        return http;
    }
}
