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
