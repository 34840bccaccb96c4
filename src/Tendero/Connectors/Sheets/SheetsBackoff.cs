namespace Tendero.Connectors.Sheets;

/// <summary>
/// Google's advice for Sheets (https://developers.google.com/sheets/api/limits): wait min(2^n s + a random part of a
/// second, 64 s) after the n-th refusal in a row, and never less than the server's Retry-After.
/// </summary>
public static class SheetsBackoff
{
    public static TimeSpan For(int failures, TimeSpan? retryAfter, TimeSpan cap, double random)
    {
        var exponent = Math.Clamp(failures, 0, 20);
        var wait = TimeSpan.FromSeconds(Math.Pow(2, exponent) + random);
        wait = wait < cap ? wait : cap;
        return retryAfter is { } server && server > wait ? server : wait;
    }
}
