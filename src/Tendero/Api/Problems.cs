using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Tendero.Api;

/// <summary>RFC 9457 problem details we answer often.</summary>
internal static class Problems
{
    public static ProblemHttpResult UnknownBusiness(string business) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, title: "Unknown business",
        detail: $"No business '{business}' is configured here: add businesses/{business}.yaml.");
}
