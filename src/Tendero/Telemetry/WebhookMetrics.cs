using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Tendero.Telemetry;

/// <summary>
/// Counts every request under <c>/webhooks/{channel}/…</c> by channel and by what we answered, at one place in front of the
/// providers' endpoints instead of inside each of them. The outcome comes from the status code only.
/// </summary>
public static class WebhookMetrics
{
    public static IApplicationBuilder UseWebhookMetrics(this IApplicationBuilder app)
    {
        var metrics = app.ApplicationServices.GetRequiredService<TenderoMetrics>();
        return app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/webhooks", out var rest))
            {
                await next(context);
                return;
            }
            try
            {
                await next(context);
            }
            finally
            {
                metrics.Webhook(Channel(rest), Outcome(context.Response.StatusCode, context.RequestAborted.IsCancellationRequested));
            }
        });
    }

    private static string Channel(PathString rest)
    {
        var first = rest.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        return first is "whatsapp" or "telegram" or "twilio" ? first : "other";
    }

    public static string Outcome(int status, bool aborted) => status switch
    {
        _ when aborted => "aborted",
        >= 200 and < 300 => "accepted",
        400 => "bad_request",
        401 or 403 => "unauthorized",
        404 => "not_found",
        413 => "too_large",
        >= 500 => "error",
        _ => "refused",
    };
}
