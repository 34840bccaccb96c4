using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tendero.Config;
using Tendero.Solutions.Reservations;

namespace Tendero.Api;

/// <summary><c>/api/businesses/{business}/reservations?date=YYYY-MM-DD</c>: the day's bookings as the restaurant's sheet holds them.</summary>
public static class ReservationsApi
{
    public static void MapReservationsApi(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/businesses/{business}/reservations").AddEndpointFilter<ApiKeyFilter>().MapGet("/", DayAsync);

    private static async Task<Results<Ok<ReservationDay>, ProblemHttpResult>> DayAsync(
        string business, Businesses businesses, IReservationBook book, CancellationToken ct, string? date = null)
    {
        if (businesses.Find(business) is not { } config)
        {
            return Problems.UnknownBusiness(business);
        }
        if (config.Reservations is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No reservations",
                detail: $"Business '{business}' takes no reservations: add a reservations: section to businesses/{business}.yaml.");
        }
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad date",
                detail: $"'{date}' is not a date: give ?date=YYYY-MM-DD, such as ?date=2026-11-26.");
        }
        var list = await book.DayAsync(business, day, ct);
        return TypedResults.Ok(new ReservationDay(business, ReservationStore.Iso(day), list.Where(r => r.HoldsSeats).Sum(r => r.PartySize),
            [.. list.Select(ReservationView.From)]));
    }
}
