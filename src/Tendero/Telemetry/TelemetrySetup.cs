using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;

namespace Tendero.Telemetry;

/// <summary>
/// <c>/metrics</c> in Prometheus text format, through OpenTelemetry's exporter. The endpoint is public like <c>/status</c>
/// and shows counts only: put it behind the proxy's access rules if those counts are private to you.
/// </summary>
public static class TelemetrySetup
{
    public static IServiceCollection AddTenderoMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.AddSingleton<TenderoMetrics>();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(TenderoMetrics.MeterName).AddPrometheusExporter());
        services.ConfigureOpenTelemetryMeterProvider((sp, builder) =>
        {
            // OpenTelemetry listens to meters by name across the whole process, so a second host in the same process
            // (tests, an embedded server) would add its counts to ours: keep only the meter our own factory made.
            var own = sp.GetRequiredService<IMeterFactory>();
            builder.AddView(instrument => instrument.Meter.Name == TenderoMetrics.MeterName && !ReferenceEquals(instrument.Meter.Scope, own)
                ? MetricStreamConfiguration.Drop : null);
        });
        return services;
    }

    public static IEndpointRouteBuilder MapTenderoMetrics(this IEndpointRouteBuilder app)
    {
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }
}
