using Microsoft.Extensions.DependencyInjection;
using Tendero.Agents;
using Tendero.Config;

namespace Tendero.Connectors.Sheets;

/// <summary>Registers the Sheets connector: the durable write queue, the open sheets, the writer and the agent that feeds it.</summary>
public static class SheetsSetup
{
    public static IServiceCollection AddTenderoSheets(this IServiceCollection services, double speed)
    {
        services.AddOptions<SheetWriterOptions>().Configure(o => o.Lease *= speed)
            .Validate(o => o.FlushEvery > TimeSpan.Zero && o.BatchSize is >= 1 and <= 5000 && o.MaxAttempts >= 1 && o.MaxBackoff >= TimeSpan.FromSeconds(1),
                "Sheet writer: the flush period must be positive, the batch 1-5000, attempts at least 1 and the backoff cap at least 1 s.")
            .ValidateOnStart();
        services.AddSingleton<SheetWriteStore>();
        services.AddSingleton<LocalSheetTabs>();
        services.AddSingleton<Func<SheetsConfig, string, ISheetTab>>(sp => sp.GetRequiredService<LocalSheetTabs>().Open);
        services.AddSingleton(sp => new SheetsConnections(
            sp.GetRequiredService<Businesses>(), sp.GetRequiredService<TimeProvider>(),
            new HttpClient { Timeout = TimeSpan.FromSeconds(30) }, sp.GetService<Func<SheetsConfig, string, ISheetTab>>()));
        services.AddSingleton<SheetWriter>();
        services.AddSingleton<SheetWriterAgent>();
        return services;
    }
}
