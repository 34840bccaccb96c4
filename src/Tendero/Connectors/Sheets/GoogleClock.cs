using Google.Apis.Util;

namespace Tendero.Connectors.Sheets;

/// <summary>Google.Apis.Auth's clock, read from our <see cref="TimeProvider"/>: token expiry follows the same time as everything else.</summary>
internal sealed class GoogleClock(TimeProvider time) : IClock
{
    public DateTime Now => time.GetLocalNow().DateTime;

    public DateTime UtcNow => time.GetUtcNow().UtcDateTime;
}
