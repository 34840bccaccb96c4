using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Tendero.Dashboard;

/// <summary>The owner's dashboard: cookie sign-in, antiforgery on its forms, a sign-in rate limit, the pages and the JSON.</summary>
public static class DashboardSetup
{
    /// <summary>The rate-limiter policy on POST /signin: a few tries a minute per client address.</summary>
    public const string SignInPolicy = "signin";

    public static IServiceCollection AddTenderoDashboard(this IServiceCollection services)
    {
        services.AddSingleton<UserStore>();
        services.AddSingleton<DashboardQueries>();
        services.AddSingleton<DashboardBuilder>();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.Cookie.Name = "tendero";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            o.SlidingExpiration = true;
            o.LoginPath = "/signin";
            o.Events.OnValidatePrincipal = DashboardPrincipal.ValidateAsync;
        });
        services.AddAuthorization();
        services.AddAntiforgery(o => o.Cookie.Name = "tendero.af");
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignInPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }

    /// <summary>Call after Build and before the Map calls: who is signed in, and the sign-in limit.</summary>
    public static WebApplication UseTenderoDashboard(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseRateLimiter();
        return app;
    }

    public static IEndpointRouteBuilder MapTenderoDashboard(this IEndpointRouteBuilder app)
    {
        SignInPages.Map(app);
        DashboardPages.Map(app);
        DashboardApi.Map(app);
        return app;
    }
}
