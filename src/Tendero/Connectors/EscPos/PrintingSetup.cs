using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tendero.Agents;

namespace Tendero.Connectors.EscPos;

/// <summary>The kitchen printer's registrations: the queue, the transports, the worker, the outage alerts and the agent.</summary>
public static class PrintingSetup
{
    /// <param name="speed">The demo's clock speed: a lease, a poll and a network timeout stay real on an accelerated clock.</param>
    public static IServiceCollection AddPrinting(this IServiceCollection services, double speed)
    {
        services.AddOptions<PrinterOptions>().Configure(o =>
            {
                (o.Lease, o.IdlePoll) = (o.Lease * speed, o.IdlePoll * speed);
                o.Timeouts = new PrinterTimeouts { Connect = o.Timeouts.Connect * speed, Status = o.Timeouts.Status * speed, Write = o.Timeouts.Write * speed };
            })
            .Validate(o => o.BaseBackoff > TimeSpan.Zero && o.MaxBackoff >= o.BaseBackoff, "Printer backoff must be positive, with the cap at or above the base.")
            .Validate(o => o.Lease > o.Timeouts.Connect + (2 * o.Timeouts.Status) + o.Timeouts.Write, "The print lease must outlast a print's timeouts.")
            .ValidateOnStart();
        services.AddSingleton<PrintQueue>();
        services.AddSingleton(sp => new PrinterTransports(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<PrinterOptions>>().Value.Timeouts));
        services.AddSingleton<PrinterOutage>();
        services.AddSingleton<PrinterWorker>();
        services.AddSingleton<PrinterAgent>();
        return services;
    }
}
