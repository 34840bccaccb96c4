namespace Tendero.Ai.Routing;

/// <summary>The business's calendar day: budgets reset at local midnight, not at UTC midnight.</summary>
public static class LocalDay
{
    public static DateOnly Of(DateTimeOffset now, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);

    /// <summary>When the local day holding <paramref name="now"/> began, as an instant.</summary>
    public static DateTimeOffset Start(DateTimeOffset now, TimeZoneInfo zone)
    {
        var midnight = TimeZoneInfo.ConvertTime(now, zone).Date;
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight)).ToUniversalTime();
    }
}
