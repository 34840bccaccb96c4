using System.Net;

namespace Tendero.Connectors.Sheets;

/// <summary>
/// The Sheets API said no. Retryable are 429 (quota: 60 requests a minute per user) and 500/502/503/504, as Google's
/// limits page says (https://developers.google.com/sheets/api/limits); anything else (a bad range, no access, a missing
/// spreadsheet) is permanent until someone fixes the sheet or the config.
/// </summary>
public sealed class SheetsApiException(HttpStatusCode status, TimeSpan? retryAfter, string message) : Exception(message)
{
    public HttpStatusCode Status { get; } = status;

    /// <summary>The server's <c>Retry-After</c>, when it sent one.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    public bool IsQuota => Status == HttpStatusCode.TooManyRequests;

    public bool IsRetryable => IsQuota || (int)Status is 500 or 502 or 503 or 504;
}
