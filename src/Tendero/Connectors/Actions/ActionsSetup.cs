using Microsoft.Extensions.DependencyInjection;

namespace Tendero.Connectors.Actions;

/// <summary>Registers the actions: the calls ledger, the two callers, and the worker (started by <c>AddTenderoWorkers</c>).</summary>
public static class ActionsSetup
{
    public static IServiceCollection AddActions(this IServiceCollection services, double speed, Action<ActionOptions>? configure)
    {
        services.AddOptions<ActionOptions>().Configure(o =>
            {
                configure?.Invoke(o);
                // On an accelerated clock these stay real: a lease must outlive a real HTTP call, a poll must not spin.
                (o.Lease, o.IdlePoll) = (o.Lease * speed, o.IdlePoll * speed);
            })
            .Validate(o => o.BatchSize is >= 1 and <= 500 && o.MaxConcurrency is >= 1 and <= 64 && o.MaxAttempts >= 1,
                "Actions: batch size must be 1-500, concurrency 1-64 and attempts at least 1.")
            .Validate(o => o.Lease >= TimeSpan.FromMinutes(3) * speed, "Actions: the lease must be at least 3 minutes (an action may take 2).")
            .Validate(o => o.BaseBackoff > TimeSpan.Zero && o.MaxBackoff >= o.BaseBackoff && o.IdlePoll > TimeSpan.Zero,
                "Actions: backoff must be positive, with the cap at or above the base, and the idle poll positive.")
            .ValidateOnStart();
        services.AddHttpClient(ActionHttp.ClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        services.AddSingleton<ActionCallStore>();
        services.AddSingleton<WebhookAction>();
        services.AddSingleton<SoapAction>();
        services.AddSingleton<ActionWorker>();
        return services;
    }
}
