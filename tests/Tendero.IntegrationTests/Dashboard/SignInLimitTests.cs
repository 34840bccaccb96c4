using System.Net;
using Tendero.IntegrationTests.Support;

namespace Tendero.IntegrationTests.Dashboard;

/// <summary>The sign-in form refuses a post without its antiforgery token, and a client that keeps guessing is slowed to 429.</summary>
public sealed class SignInLimitTests
{
    [Fact]
    public async Task PostSignIn_WithoutTokenThenTooOften_Is400Then429()
    {
        await using var db = TestDatabase.Sqlite();
        await using var app = await TestApp.StartAsync(db, workers: []);
        using var anonymous = new HttpClient { BaseAddress = app.ServerUrl };
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "who@example.com", ["password"] = "guess" + i });
            using var response = await anonymous.PostAsync(new Uri("/signin", UriKind.Relative), form);
            statuses.Add(response.StatusCode);
        }
        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.BadRequest, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
    }

    [Fact]
    public async Task Pages_SignedOut_RedirectToSignIn()
    {
        await using var db = TestDatabase.Sqlite();
        await using var app = await TestApp.StartAsync(db, workers: []);
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.ServerUrl };
        using var response = await anonymous.GetAsync(new Uri("/b/la-fonda/dead", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/signin?returnUrl=%2Fb%2Fla-fonda%2Fdead", response.Headers.Location!.OriginalString);
        using var api = await anonymous.GetAsync(new Uri("/api/businesses/la-fonda/dashboard", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }
}
