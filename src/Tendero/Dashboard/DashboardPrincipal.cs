using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Tendero.Dashboard;

/// <summary>
/// The cookie holds only the user's id and password stamp. Every request reads the user and their roles afresh, so a
/// removed user or role, or a changed password, takes effect at once.
/// </summary>
public static class DashboardPrincipal
{
    private const string StampClaim = "tendero:stamp";
    private const string ItemKey = "tendero:user";

    public static ClaimsPrincipal For(DashboardUser user) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, user.Email),
            new Claim(StampClaim, user.Stamp),
        ], CookieAuthenticationDefaults.AuthenticationScheme));

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var user = long.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), CultureInfo.InvariantCulture, out var id)
            && principal!.FindFirstValue(StampClaim) is { } stamp
            ? await context.HttpContext.RequestServices.GetRequiredService<UserStore>().FindAsync(id, stamp, context.HttpContext.RequestAborted)
            : null;
        if (user is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        context.HttpContext.Items[ItemKey] = user;
    }

    /// <summary>Drops the request's user: the API key speaks for this request instead.</summary>
    public static void Forget(HttpContext context) => context.Items.Remove(ItemKey);

    /// <summary>The signed-in user of this request, or null.</summary>
    public static DashboardUser? Current(HttpContext context) => context.Items.TryGetValue(ItemKey, out var user) ? user as DashboardUser : null;
}
