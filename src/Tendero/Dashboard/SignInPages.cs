using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Tendero.Dashboard;

/// <summary><c>/signin</c> and <c>/signout</c>: a plain form, checked against antiforgery and limited per client address.</summary>
internal static partial class SignInPages
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/signin", (HttpContext context, string? returnUrl) => Form(context, returnUrl, null));
        app.MapPost("/signin", SignInAsync).RequireRateLimiting(DashboardSetup.SignInPolicy).DisableAntiforgery();
        app.MapPost("/signout", SignOutAsync).DisableAntiforgery();
    }

    private static async Task<IResult> SignInAsync(HttpContext context, IAntiforgery antiforgery, UserStore users, ILoggerFactory logs)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Form(context, null, "The form expired: please try again.", StatusCodes.Status400BadRequest);
        }
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var (email, password, returnUrl) = (form["email"].ToString(), form["password"].ToString(), form["returnUrl"].ToString());
        var user = email.Length == 0 || password.Length == 0 ? null : await users.CheckPasswordAsync(email, password, context.RequestAborted);
        if (user is null)
        {
            Log.SignInFailed(logs.CreateLogger("Tendero.Dashboard"), context.Connection.RemoteIpAddress?.ToString() ?? "");
            return Form(context, returnUrl, "That email and password do not match.", StatusCodes.Status401Unauthorized);
        }
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, DashboardPrincipal.For(user));
        return Results.Redirect(IsLocal(returnUrl) ? returnUrl : "/");
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.BadRequest();
        }
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.Redirect("/signin");
    }

    // Only our own paths: "//evil.example" and "/\evil" would leave the site.
    private static bool IsLocal(string? url) => url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));

    private static IResult Form(HttpContext context, string? returnUrl, string? error, int status = 200) => Html.Page(context, "Sign in", $"""
        <section style="max-width:360px;margin:2em auto">
        <h1>Sign in</h1>
        {(error is null ? "" : $"<p class=\"error\" role=\"alert\">{Html.E(error)}</p>")}
        <form method="post" action="/signin">{Html.Antiforgery(context)}
        <input type="hidden" name="returnUrl" value="{Html.E(IsLocal(returnUrl) ? returnUrl : "/")}">
        <label>Email<input name="email" type="email" autocomplete="username" required></label>
        <label>Password<input name="password" type="password" autocomplete="current-password" required></label>
        <button type="submit">Sign in</button>
        </form>
        <p class="muted">No account? Ask the owner to run <code>tendero users add</code>.</p>
        </section>
        """, status: status);

    private static partial class Log
    {
        [LoggerMessage(EventId = 9001, Level = LogLevel.Information, Message = "Dashboard sign-in failed from {Client}")]
        public static partial void SignInFailed(ILogger logger, string client);
    }
}
