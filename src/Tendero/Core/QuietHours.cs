using System.Globalization;

namespace Tendero.Core;

/// <summary>
/// A daily span of local time, such as 21:00-07:00, when only critical alerts may disturb a person.
/// A span that ends before it starts runs over midnight.
/// </summary>
public sealed record QuietHours(TimeOnly Start, TimeOnly End)
{
    public override string ToString() =>
        $"{Start.ToString("HH:mm", CultureInfo.InvariantCulture)}-{End.ToString("HH:mm", CultureInfo.InvariantCulture)}";

    public static bool TryParse(string? text, out QuietHours? hours, out string error)
    {
        hours = null;
        var parts = text?.Split('-', StringSplitOptions.TrimEntries) ?? [];
        if (parts.Length != 2
            || !TimeOnly.TryParseExact(parts[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
        {
            error = $"'{text}' is not a span of local time such as \"21:00-07:00\"";
            return false;
        }
        if (start == end)
        {
            error = $"'{text}' starts and ends at the same minute; leave quiet_hours out instead";
            return false;
        }
        hours = new QuietHours(start, end);
        error = "";
        return true;
    }

    public bool Contains(TimeOnly local) =>
        Start < End ? local >= Start && local < End : local >= Start || local < End;

    /// <summary>When the quiet span that holds <paramref name="now"/> ends, or null when it is not quiet then.</summary>
    public DateTimeOffset? EndsAfter(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        if (!Contains(time))
        {
            return null;
        }
        var endDate = End > time ? local.Date : local.Date.AddDays(1);
        var endLocal = endDate + End.ToTimeSpan();
        // Daylight-saving gaps: an end inside a skipped hour is taken as the first valid minute after it.
        while (zone.IsInvalidTime(endLocal))
        {
            endLocal = endLocal.AddMinutes(1);
        }
        return new DateTimeOffset(endLocal, zone.GetUtcOffset(endLocal));
    }
}
