namespace Tendero.Storage;

/// <summary>The database keeps times as Unix milliseconds (UTC), the same on SQLite and PostgreSQL.</summary>
public static class Clock
{
    public static long Ms(this DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static DateTimeOffset At(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    public static long NowMs(this TimeProvider time) => time.GetUtcNow().ToUnixTimeMilliseconds();
}
