using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tendero.IntegrationTests.Support;

namespace Tendero.IntegrationTests.Api;

/// <summary>The contacts API over real HTTP. La Fonda's staff (kitchen, maria) are contacts from the start.</summary>
public sealed class ContactsApiTests : IAsyncLifetime
{
    private const string Contacts = "/api/businesses/la-fonda/contacts";
    private TestDatabase db = null!;
    private TestApp app = null!;

    public async Task InitializeAsync()
    {
        db = TestDatabase.Sqlite();
        app = await TestApp.StartAsync(db, workers: []);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await db.DisposeAsync();
    }

    [Theory]
    [InlineData("GET", Contacts)]
    [InlineData("GET", Contacts + "/ana")]
    [InlineData("PUT", Contacts + "/ana")]
    public async Task ContactsEndpoints_WithoutApiKey_401Problem(string method, string path)
    {
        using var anonymous = new HttpClient { BaseAddress = app.ServerUrl };
        var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(Ana()) });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PutContact_New_200AndGetShowsItWithNormalisedAddresses()
    {
        var put = await app.Http.PutAsJsonAsync($"{Contacts}/ana", Ana());

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var got = await app.Http.GetFromJsonAsync<JsonElement>($"{Contacts}/ana");
        Assert.Equal(("ana", "Ana (compras)", "en", "22:00-07:00"), (got.GetProperty("id").GetString(), got.GetProperty("name").GetString(),
            got.GetProperty("language").GetString(), got.GetProperty("quiet_hours").GetString()));
        var addresses = got.GetProperty("addresses");
        Assert.Equal(("+50760005555", "700100999"), (addresses.GetProperty("whatsapp").GetString(), addresses.GetProperty("telegram").GetString()));
    }

    [Fact]
    public async Task PutContact_Again_ReplacesEveryField()
    {
        await app.Http.PutAsJsonAsync($"{Contacts}/ana", Ana());

        var put = await app.Http.PutAsJsonAsync($"{Contacts}/ana", new { addresses = new { sms = "+50760006666" } });

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var got = await app.Http.GetFromJsonAsync<JsonElement>($"{Contacts}/ana");
        Assert.Equal(JsonValueKind.Null, got.GetProperty("name").ValueKind);
        Assert.Equal("es", got.GetProperty("language").GetString());
        Assert.Equal(["sms"], got.GetProperty("addresses").EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData("ana", """{"addresses": {"whatsapp": "60005555"}}""", "addresses.whatsapp: '60005555' is not a phone number")]
    [InlineData("ana", """{"addresses": {"telegram": "@ana"}}""", "addresses.telegram: A Telegram address is a numeric chat id")]
    [InlineData("ana", """{"addresses": {"fax": "+50760005555"}}""", "addresses.fax: not a channel")]
    [InlineData("ana", """{"name": "Ana"}""", "addresses: give at least one of whatsapp, telegram, sms or voice")]
    [InlineData("ana", """{"addresses": {"sms": "+50760005555"}, "language": "fr"}""", "language: 'fr' is not supported: use es or en")]
    [InlineData("ana", """{"addresses": {"sms": "+50760005555"}, "quiet_hours": "late"}""", "quiet_hours: ")]
    [InlineData("ana%20maria", """{"addresses": {"sms": "+50760005555"}}""", "the id 'ana maria' may hold only")]
    public async Task PutContact_BadInput_400NamingTheField(string id, string body, string detail)
    {
        var response = await app.Http.PutAsync($"{Contacts}/{id}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Cannot save this contact", problem.GetProperty("title").GetString());
        Assert.StartsWith(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Http.GetAsync($"{Contacts}/{id}")).StatusCode);
    }

    [Fact]
    public async Task ListContacts_WithStaff_PagesInIdOrder()
    {
        await app.Http.PutAsJsonAsync($"{Contacts}/ana", Ana());
        await app.Http.PutAsJsonAsync($"{Contacts}/zoe", new { addresses = new { telegram = "700100998" } });

        var first = await app.Http.GetFromJsonAsync<JsonElement>($"{Contacts}?limit=3");
        var second = await app.Http.GetFromJsonAsync<JsonElement>($"{Contacts}?limit=3&after={first.GetProperty("next_after").GetString()}");

        var ids = first.GetProperty("contacts").EnumerateArray().Concat(second.GetProperty("contacts").EnumerateArray()).Select(c => c.GetProperty("id").GetString());
        Assert.Equal(["ana", "kitchen", "maria", "zoe"], ids);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next_after").ValueKind);
    }

    [Theory]
    [InlineData("GET", "/api/businesses/nadie/contacts", HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/businesses/nadie/contacts/ana", HttpStatusCode.NotFound)]
    [InlineData("PUT", "/api/businesses/nadie/contacts/ana", HttpStatusCode.NotFound)]
    [InlineData("GET", Contacts + "/nadie", HttpStatusCode.NotFound)]
    [InlineData("GET", Contacts + "?limit=0", HttpStatusCode.BadRequest)]
    public async Task Contacts_UnknownBusinessOrContactOrBadPage_Problem(string method, string path, HttpStatusCode status)
    {
        var response = await app.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(Ana()) });
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static object Ana() => new
    {
        name = "Ana (compras)", language = "en", quiet_hours = "22:00-07:00", addresses = new { whatsapp = "+50760005555", telegram = "700100999" },
    };
}
