using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tendero.Dashboard;
using Tendero.Hosting;

namespace Tendero.Api;

/// <summary>
/// Guards the API with <c>Authorization: Bearer $TENDERO_API_KEY</c>, compared in constant time; the key sees every business.
/// Without the header, a dashboard user signed in with the cookie may read (GET only, so a cookie never writes without a
/// form's antiforgery token) the businesses they have a role in; any other business answers 404, as if it did not exist.
/// </summary>
public sealed class ApiKeyFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var header = http.Request.Headers.Authorization.ToString();
        if (header.Length == 0 && DashboardPrincipal.Current(http) is { } user && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)))
        {
            var business = http.Request.RouteValues["business"] as string;
            // A route across businesses (no {business}) is for admins only.
            var allowed = business is null ? user.IsAdmin : user.CanSee(business);
            return allowed ? await next(context) : Problems.UnknownBusiness(business ?? "");
        }
        var key = http.RequestServices.GetRequiredService<IOptions<ServerOptions>>().Value.ApiKey;
        var given = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header[7..].Trim() : "";
        if (key.Length == 0 || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(key)))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "API key required",
                detail: "Send 'Authorization: Bearer <key>' with the value of TENDERO_API_KEY.");
        }
        // The key is the admin's: a cookie riding along must not narrow (or widen) what it sees.
        DashboardPrincipal.Forget(http);
        return await next(context);
    }
}
