using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tendero.IntegrationTests.Support;

namespace Tendero.IntegrationTests.Api;

/// <summary>Following alerts: one with its history, a page of them, and cancelling one.</summary>
public sealed class AlertsFollowApiTests : AlertsApiTest
{
    [Fact]
    public async Task GetAlert_AfterTheRunnerLooked_ShowsTheHistory()
    {
        var id = await StartAsync(Alert());

        var view = await Eventually.GetAsync(App.Http, $"{Alerts}/{id}", a => a.GetProperty("history").GetArrayLength() > 0);

        Assert.Equal(("maria", "stock-alert", true, "active", 1, "read"), (view.GetProperty("to").GetString(), view.GetProperty("policy").GetString(),
            view.GetProperty("critical").GetBoolean(), view.GetProperty("state").GetString(), view.GetProperty("step").GetInt32(), view.GetProperty("waiting_for").GetString()));
        var wait = view.GetProperty("wait_ends_at").GetDateTimeOffset() - view.GetProperty("history")[0].GetProperty("at").GetDateTimeOffset();
        Assert.InRange(wait, TimeSpan.FromHours(2) - TimeSpan.FromSeconds(1), TimeSpan.FromHours(2));
        var notify = Assert.Single(view.GetProperty("history").EnumerateArray());
        Assert.Equal((0, "notify", "whatsapp", "queued"), (notify.GetProperty("step").GetInt32(), notify.GetProperty("kind").GetString(),
            notify.GetProperty("channel").GetString(), notify.GetProperty("outcome").GetString()));
        var message = await App.Http.GetFromJsonAsync<JsonElement>($"/api/businesses/la-fonda/messages/{notify.GetProperty("message_id").GetInt64()}");
        Assert.Equal(("+50760001111", "Quedan 2 kg de tomate"), (message.GetProperty("address").GetString(), message.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task GetAlert_Unknown_404Problem()
    {
        var response = await App.Http.GetAsync($"{Alerts}/999999");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Business 'la-fonda' has no alert 999999.", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ListAlerts_SeveralPages_OldestFirstWithNextAfterAndStateFilter()
    {
        var ids = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await StartAsync(Alert(text: $"alerta {i}")));
        }
        await App.Http.PostAsync($"{Alerts}/{ids[1]}/cancel", null);

        var first = await ListAsync("?limit=2");
        var second = await ListAsync($"?limit=2&after={first.GetProperty("next_after").GetInt64()}");

        var listed = first.GetProperty("alerts").EnumerateArray().Concat(second.GetProperty("alerts").EnumerateArray());
        Assert.Equal(ids, listed.Select(a => a.GetProperty("id").GetInt64()));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next_after").ValueKind);
        Assert.Equal([ids[1]], (await ListAsync("?state=done")).GetProperty("alerts").EnumerateArray().Select(a => a.GetProperty("id").GetInt64()));
        Assert.Equal(2, (await ListAsync("?state=active")).GetProperty("alerts").GetArrayLength());
    }

    [Theory]
    [InlineData("?limit=0")]
    [InlineData("?after=-1")]
    [InlineData("?state=paused")]
    public async Task ListAlerts_BadPage_400Problem(string query)
    {
        var response = await App.Http.GetAsync(Alerts + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task CancelAlert_Active_200ThenConflict409()
    {
        var id = await StartAsync(Alert());

        var cancelled = await App.Http.PostAsync($"{Alerts}/{id}/cancel", null);
        var again = await App.Http.PostAsync($"{Alerts}/{id}/cancel", null);

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var view = await cancelled.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("done", "cancelled"), (view.GetProperty("state").GetString(), view.GetProperty("outcome").GetString()));
        Assert.Equal("cancelled", view.GetProperty("history").EnumerateArray().Last().GetProperty("outcome").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal($"Alert {id} ended as cancelled; there is nothing to cancel.", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }
}
