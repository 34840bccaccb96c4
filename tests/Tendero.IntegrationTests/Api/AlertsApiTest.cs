using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tendero.IntegrationTests.Support;

namespace Tendero.IntegrationTests.Api;

/// <summary>
/// The alerts API over real HTTP, a fresh server and database per test. Only the chain runner works, so a chain's
/// messages stay queued where the test can see them. Alerts are critical so that La Fonda's quiet hours (21:00-07:00
/// in Panama, on the real clock) never postpone them.
/// </summary>
public abstract class AlertsApiTest : IAsyncLifetime
{
    protected const string Alerts = "/api/businesses/la-fonda/alerts";
    private TestDatabase db = null!;

    protected TestApp App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        db = TestDatabase.Sqlite();
        App = await TestApp.StartAsync(db, workers: ["chains"]);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await db.DisposeAsync();
    }

    protected static object Alert(string? key = null, string text = "Quedan 2 kg de tomate") =>
        new { to = "maria", policy = "stock-alert", critical = true, text, data = new { item = "tomate" }, idempotency_key = key };

    protected async Task<long> StartAsync(object alert)
    {
        var response = await App.Http.PostAsJsonAsync(Alerts, alert);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    protected Task<JsonElement> ListAsync(string query) => App.Http.GetFromJsonAsync<JsonElement>(Alerts + query);
}
