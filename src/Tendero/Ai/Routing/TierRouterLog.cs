using Microsoft.Extensions.Logging;

namespace Tendero.Ai.Routing;

public sealed partial class TierRouter
{
    private static partial class Log
    {
        [LoggerMessage(6101, LogLevel.Warning, "Model tier {Tier} of business {Business} failed ({Outcome}): {Reason}; failing over to the next tier down")]
        public static partial void TierFailed(ILogger log, string tier, string business, string outcome, string reason);

        [LoggerMessage(6102, LogLevel.Warning, "Model tier {Tier} of business {Business} rests until {Until} after repeated failures or a rate limit")]
        public static partial void TierResting(ILogger log, string tier, string business, DateTimeOffset until);

        [LoggerMessage(6103, LogLevel.Warning, "Model tier {Tier} of business {Business} reached its daily budget of {Budget}; cheaper tiers answer until local midnight")]
        public static partial void BudgetReached(ILogger log, string tier, string business, string budget);

        [LoggerMessage(6104, LogLevel.Debug, "Escalated a {Purpose} call of business {Business} to smart: {Reason}")]
        public static partial void Escalated(ILogger log, string purpose, string business, string reason);

        [LoggerMessage(6105, LogLevel.Warning, "The forced tier {Tier} of business {Business} could not answer; a tier below answers instead")]
        public static partial void ForcedTierFailed(ILogger log, string tier, string business);
    }
}
