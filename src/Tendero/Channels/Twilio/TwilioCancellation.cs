using Tendero.Core;

namespace Tendero.Channels.Twilio;

/// <summary>
/// The Twilio SDK's async calls take no CancellationToken, so a send we gave up on (our timeout) would go on in the
/// background and could still reach Twilio after we queued a retry. The channel puts its token here for the
/// duration of a call; it flows with the async call into <see cref="TwilioRedirectHandler"/>, which aborts the request.
/// </summary>
internal static class TwilioCancellation
{
    private static readonly AsyncLocal<CancellationToken> CurrentToken = new();

    public static CancellationToken Current => CurrentToken.Value;

    /// <summary>
    /// One create call (a message or a call) with our token, classified: the resource's SID, or the failure as a value.
    /// <paramref name="what"/> names the resource in the rare answer without a SID.
    /// </summary>
    public static async Task<SendResult> SendAsync(Func<Task<string?>> create, string what, CancellationToken ct)
    {
        try
        {
            return await RunAsync(create, ct) is { Length: > 0 } sid
                ? new SendResult.Sent(sid)
                : new SendResult.Rejected("unexpected", $"Twilio accepted the {what} but returned no {what} SID.");
        }
        catch (Exception e) when (TwilioErrors.Classify(e, ct) is { } result)
        {
            return result;
        }
    }

    public static async Task<T> RunAsync<T>(Func<Task<T>> call, CancellationToken ct)
    {
        CurrentToken.Value = ct;
        try
        {
            return await call().WaitAsync(ct);
        }
        finally
        {
            CurrentToken.Value = default;
        }
    }
}
