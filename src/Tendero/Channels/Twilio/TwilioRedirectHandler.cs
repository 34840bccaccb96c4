namespace Tendero.Channels.Twilio;

/// <summary>
/// Sends the Twilio SDK's requests to the account's base URL (the simulator, a test fake). The SDK has no base-URL
/// option and always builds https://api.twilio.com/… (twilio-csharp src/Twilio/Http/Request.cs), so the only way in is
/// the HTTP client it is given: this handler rewrites scheme, host and port and keeps path, query and body.
/// </summary>
internal sealed class TwilioRedirectHandler : DelegatingHandler
{
    private static readonly Uri RealApi = new("https://api.twilio.com");

    private readonly Uri? target;

    public TwilioRedirectHandler(Uri baseUrl)
        : base(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        // For the real API there is nothing to rewrite (and the SDK may call other *.twilio.com hosts).
        target = IsRealApi(baseUrl) ? null : baseUrl;
    }

    internal static bool IsRealApi(Uri baseUrl) =>
        Uri.Compare(baseUrl, RealApi, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (target is not null && request.RequestUri is { } uri)
        {
            request.RequestUri = new UriBuilder(uri) { Scheme = target.Scheme, Host = target.Host, Port = target.Port }.Uri;
        }
        // The sender's own token (see TwilioCancellation): when it gives up, the request is aborted, not left running.
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, TwilioCancellation.Current);
        return await base.SendAsync(request, linked.Token);
    }
}
