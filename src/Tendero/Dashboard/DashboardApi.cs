using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tendero.Api;
using Tendero.Config;

namespace Tendero.Dashboard;

/// <summary>
/// <c>GET /api/businesses/{business}/dashboard?days=N</c>: the overview's numbers as JSON. The API key sees every business
/// (with money); a signed-in user sees their own businesses only, and money only as owner or admin.
/// </summary>
internal static class DashboardApi
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/businesses/{business}/dashboard", GetAsync).AddEndpointFilter<ApiKeyFilter>();

    private static async Task<Results<Ok<DashboardReport>, ProblemHttpResult>> GetAsync(
        HttpContext context, string business, Businesses businesses, DashboardBuilder builder, CancellationToken ct, int days = 7)
    {
        if (businesses.Find(business) is not { } config)
        {
            return Problems.UnknownBusiness(business);
        }
        if (days is < 1 or > DashboardBuilder.MaxDays)
        {
            return TypedResults.Problem(statusCode: 400, title: "Bad period", detail: $"days must be 1-{DashboardBuilder.MaxDays}.");
        }
        var user = DashboardPrincipal.Current(context);
        return TypedResults.Ok(await builder.BuildAsync(config, days, user is null || user.CanSeeMoney(business), ct));
    }
}
