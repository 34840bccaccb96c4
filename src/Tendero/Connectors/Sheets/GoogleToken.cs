using Google.Apis.Auth.OAuth2;
using Google.Apis.Http;

namespace Tendero.Connectors.Sheets;

/// <summary>
/// Access tokens for the Sheets API from a service-account key: Google.Apis.Auth signs a JWT with the key and trades it
/// at the key's <c>token_uri</c> (OAuth 2.0 JWT bearer grant, https://developers.google.com/identity/protocols/oauth2/service-account).
/// The credential caches the token and fetches a new one shortly before it expires.
/// </summary>
public sealed class GoogleToken
{
    public const string Scope = "https://www.googleapis.com/auth/spreadsheets";

    private readonly ServiceAccountCredential credential;

    /// <param name="tokenUri">Replaces the key's own token_uri (simulate mode); null keeps the key's.</param>
    public GoogleToken(ServiceAccountKey key, Uri? tokenUri, TimeProvider time, HttpMessageHandler? handler = null)
    {
        // Built from the key's fields rather than CredentialFactory.FromJson so that token_uri is honoured whatever the
        // library's defaults are, and so the token's expiry runs on our clock.
        var initializer = new ServiceAccountCredential.Initializer(key.ClientEmail, (tokenUri ?? key.TokenUri).AbsoluteUri)
        {
            Scopes = [Scope],
            KeyId = key.PrivateKeyId,
            Clock = new GoogleClock(time),
        };
        if (handler is not null)
        {
            initializer.HttpClientFactory = new FixedHandlerFactory(handler);
        }
        credential = new ServiceAccountCredential(initializer.FromPrivateKey(key.PrivateKey));
        ClientEmail = key.ClientEmail;
        TokenServerUrl = credential.TokenServerUrl;
    }

    public string ClientEmail { get; }

    public string TokenServerUrl { get; }

    public static GoogleToken FromFile(string path, Uri? tokenUri, TimeProvider time, HttpMessageHandler? handler = null) =>
        ServiceAccountKey.TryRead(path, out var key, out var error)
            ? new GoogleToken(key!, tokenUri, time, handler)
            : throw new InvalidOperationException($"sheets.credentials_file: {error}");

    public Task<string> GetAsync(CancellationToken ct) => credential.GetAccessTokenForRequestAsync(cancellationToken: ct);

    private sealed class FixedHandlerFactory(HttpMessageHandler handler) : HttpClientFactory
    {
        protected override HttpMessageHandler CreateHandler(CreateHttpClientArgs args) => handler;
    }
}
