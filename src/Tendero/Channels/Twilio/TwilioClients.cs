using System.Collections.Concurrent;
using Twilio.Clients;
using Twilio.Http;
using Tendero.Config;

namespace Tendero.Channels.Twilio;

/// <summary>
/// One <see cref="TwilioRestClient"/> per account, built once. Never the SDK's static <c>TwilioClient.Init</c>: it is
/// process-wide, and each business may have its own account.
/// </summary>
public sealed class TwilioClients(TimeProvider time) : IDisposable
{
    /// <summary>How long one Twilio call may take. The SDK's async API takes no CancellationToken, so this is what
    /// ends a hung request; the caller stops waiting earlier when its own token fires.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<(string Sid, string Token, Uri BaseUrl), Lazy<(TwilioRestClient Client, System.Net.Http.HttpClient Http)>> clients = new();

    public TwilioRestClient For(TwilioAccount account) =>
        clients.GetOrAdd((account.AccountSid, account.AuthToken, account.BaseUrl), key => new(() => Create(key.Sid, key.Token, key.BaseUrl))).Value.Client;

    public void Dispose()
    {
        foreach (var client in clients.Values.Where(c => c.IsValueCreated))
        {
            client.Value.Http.Dispose();
        }
    }

    private (TwilioRestClient, System.Net.Http.HttpClient) Create(string sid, string token, Uri baseUrl)
    {
        var http = new System.Net.Http.HttpClient(new TwilioRedirectHandler(baseUrl)) { Timeout = Timeout };
        var wire = new TwilioRetryAfterClient(new SystemNetHttpClient(http), time);
        return (new TwilioRestClient(sid, token, httpClient: wire), http);
    }
}
