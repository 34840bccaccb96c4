using System.Net.Http.Json;
using System.Text.Json;
using Tendero.IntegrationTests.Support;

namespace Tendero.IntegrationTests.Api;

/// <summary>Every sent message is costed from the business's price table, and the totals show on the status page.</summary>
public sealed class StatusDeliveryTests
{
    [Fact]
    public async Task Send_SmsToPanama_CostsItsSegmentsAndShowsOnTheStatusPage()
    {
        await using var db = TestDatabase.Sqlite();
        await using var app = await TestApp.StartAsync(db);
        var text = new string('a', 200); // two GSM-7 segments of 153
        var response = await app.Http.PostAsJsonAsync("/api/businesses/la-fonda/messages", new { to = "sms:+50761234567", text });
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        await Eventually.GetAsync(app.Http, $"/api/businesses/la-fonda/messages/{id}", m => m.GetProperty("status").GetString() is "sent" or "delivered");

        var status = await app.Http.GetFromJsonAsync<JsonElement>("/api/status");
        var cost = Assert.Single(status.GetProperty("costs").EnumerateArray());
        Assert.Equal(("sms", "USD", 2, 90_000), (cost.GetProperty("channel").GetString(), cost.GetProperty("currency").GetString(),
            cost.GetProperty("units").GetInt32(), cost.GetProperty("amount_micros").GetInt32()));
        using var anonymous = new HttpClient { BaseAddress = app.ServerUrl };
        Assert.Contains("<td>la-fonda</td><td>sms</td><td>1</td><td>2</td><td>USD 0.09</td>", await anonymous.GetStringAsync("/status"), StringComparison.Ordinal);
    }
}
