using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tendero.IntegrationTests.Support;
using Tendero.Solutions.Reservations;

namespace Tendero.IntegrationTests.Api;

/// <summary><c>GET /api/businesses/{business}/reservations?date=</c> over real HTTP, on La Fonda's seeded demo workbook.</summary>
public sealed class ReservationsApiTests : IAsyncLifetime
{
    private const string Reservations = "/api/businesses/la-fonda/reservations";
    private static readonly DateOnly Day = new(2026, 11, 27);
    private TestDatabase db = null!;
    private TestApp app = null!;

    public async Task InitializeAsync()
    {
        db = TestDatabase.Sqlite();
        app = await TestApp.StartAsync(db, workers: [], businessesDir: TestBusinesses.Edited("la-fonda", yaml => yaml));
        await ReservationWorkbook.ResetDemoAsync(app.Business, Day, TimeProvider.System, default);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await db.DisposeAsync();
    }

    [Fact]
    public async Task GetReservations_SeededDay_ReturnsTheSheetsBookingsInSnakeCase()
    {
        var day = await app.Http.GetFromJsonAsync<JsonElement>($"{Reservations}?date=2026-11-27");

        var list = day.GetProperty("reservations").EnumerateArray().ToList();
        Assert.Equal(6, list.Count);
        Assert.Equal(27, day.GetProperty("covers").GetInt32());
        var first = list[0];
        Assert.Equal(("D-0001", "2026-11-27", "19:00", 2, "confirmed", true), (first.GetProperty("id").GetString(), first.GetProperty("date").GetString(),
            first.GetProperty("time").GetString(), first.GetProperty("party_size").GetInt32(), first.GetProperty("status").GetString(), first.GetProperty("holds_seats").GetBoolean()));
        Assert.Contains(list, r => r.GetProperty("id").GetString()!.StartsWith("sheet:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetReservations_AnotherDay_ReturnsAnEmptyList()
    {
        var day = await app.Http.GetFromJsonAsync<JsonElement>($"{Reservations}?date=2026-11-28");

        Assert.Empty(day.GetProperty("reservations").EnumerateArray());
    }

    [Theory]
    [InlineData(Reservations + "?date=27/11/2026", HttpStatusCode.BadRequest)]
    [InlineData(Reservations, HttpStatusCode.BadRequest)]
    [InlineData("/api/businesses/nadie/reservations?date=2026-11-27", HttpStatusCode.NotFound)]
    public async Task GetReservations_BadDateOrUnknownBusiness_Problem(string path, HttpStatusCode expected)
    {
        var response = await app.Http.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GetReservations_WithoutApiKey_401()
    {
        using var anonymous = new HttpClient { BaseAddress = app.ServerUrl };

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"{Reservations}?date=2026-11-27")).StatusCode);
    }
}
