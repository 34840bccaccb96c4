using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tendero.IntegrationTests.Support;

namespace Tendero.IntegrationTests.Api;

/// <summary>Starting alerts: the key, the answer for a new and a repeated request, and the problems for bad ones.</summary>
public sealed class AlertsApiTests : AlertsApiTest
{
    [Theory]
    [InlineData("GET", Alerts)]
    [InlineData("POST", Alerts)]
    [InlineData("GET", Alerts + "/1")]
    [InlineData("POST", Alerts + "/1/cancel")]
    public async Task AlertsEndpoints_WithoutApiKey_401Problem(string method, string path)
    {
        using var anonymous = new HttpClient { BaseAddress = App.ServerUrl };
        var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task StartAlert_ValidRequest_202WithLocationAndId()
    {
        var response = await App.Http.PostAsJsonAsync(Alerts, Alert());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetInt64();
        Assert.Equal(($"{Alerts}/{id}", "active", true), (response.Headers.Location?.ToString(), body.GetProperty("state").GetString(), body.GetProperty("created").GetBoolean()));
    }

    [Fact]
    public async Task StartAlert_SameIdempotencyKey_200WithTheFirstId()
    {
        var first = await StartAsync(Alert(key: "tomate-2026-11-26"));
        var again = await App.Http.PostAsJsonAsync(Alerts, Alert(key: "tomate-2026-11-26", text: "otra vez"));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var body = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((first, false), (body.GetProperty("id").GetInt64(), body.GetProperty("created").GetBoolean()));
        Assert.Single((await ListAsync("")).GetProperty("alerts").EnumerateArray());
    }

    [Theory]
    [InlineData("maria", "restock", "hola", null, HttpStatusCode.BadRequest, "'restock' is not a policy of la-fonda (it has reservation-reminder, stock-alert): add it under policies in la-fonda.yaml.")]
    [InlineData("nadie", "stock-alert", "hola", null, HttpStatusCode.NotFound, "There is no contact 'nadie' in la-fonda")]
    [InlineData("maria", "stock-alert", " ", null, HttpStatusCode.BadRequest, "text is required")]
    [InlineData("maria", "stock-alert", "hola", "[1, 2]", HttpStatusCode.BadRequest, "data must be an object")]
    [InlineData("maria", "stock-alert", "hola", """{"item": {"name": "tomate"}}""", HttpStatusCode.BadRequest, "data.item must be a plain value")]
    [InlineData("", "stock-alert", "hola", null, HttpStatusCode.BadRequest, "to is required")]
    public async Task StartAlert_BadInput_ProblemNamingTheField(string to, string policy, string text, string? data, HttpStatusCode status, string detail)
    {
        var response = await App.Http.PostAsJsonAsync(Alerts, new { to, policy, text, critical = true, data = data is null ? (JsonElement?)null : JsonDocument.Parse(data).RootElement });

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detail, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAlert_UnknownBusiness_404Problem()
    {
        var response = await App.Http.PostAsJsonAsync("/api/businesses/nadie/alerts", Alert());
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("add businesses/nadie.yaml", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
