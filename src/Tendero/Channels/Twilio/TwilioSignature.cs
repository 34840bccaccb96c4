using Microsoft.AspNetCore.Http;
using Twilio.Security;
using Tendero.Hosting;

namespace Tendero.Channels.Twilio;

/// <summary>
/// <c>X-Twilio-Signature</c> = Base64(HMAC-SHA1(auth token, full URL + every POST parameter's name and value sorted by
/// name)) (https://www.twilio.com/docs/usage/webhooks/webhooks-security). The SDK's validator builds that string, also
/// tries the URL with and without the default port (Twilio itself is inconsistent there, twilio-csharp#44), and compares
/// in constant time.
/// </summary>
public static class TwilioSignature
{
    public const string Header = "X-Twilio-Signature";

    /// <param name="publicUrl">The URL exactly as Twilio called it, query included. Its <see cref="Uri.OriginalString"/>
    /// is used, because the host's letter case is part of what Twilio signs and <see cref="Uri"/> would lower it.</param>
    public static bool IsValid(Uri publicUrl, IFormCollection form, string? header, string authToken)
    {
        if (string.IsNullOrEmpty(header))
        {
            return false;
        }
        var parameters = form.ToDictionary(field => field.Key, field => field.Value.ToString(), StringComparer.Ordinal);
        var validator = new RequestValidator(authToken);
        return validator.Validate(publicUrl.OriginalString, parameters, header)
            || (WithoutDefaultPort(publicUrl) is { } portless && validator.Validate(portless, parameters, header));
    }

    // The SDK adds a missing default port and drops a non-default one, but leaves an explicit ":443" (or ":80") in
    // place, so a URL configured with it would never match a signature made without it.
    private static string? WithoutDefaultPort(Uri url)
    {
        var text = url.OriginalString;
        var start = text.IndexOf("://", StringComparison.Ordinal) + 3;
        var end = text.IndexOfAny(['/', '?', '#'], start) is var slash and >= 0 ? slash : text.Length;
        var port = $":{url.Port}";
        return url.IsDefaultPort && start >= 3 && text.AsSpan(start, end - start).EndsWith(port, StringComparison.Ordinal)
            ? text.Remove(end - port.Length, port.Length)
            : null;
    }

    /// <summary>
    /// The URLs Twilio may have signed for this request. Behind a proxy the app sees another scheme and host, so the
    /// public base URL comes from configuration, with the path and the query string exactly as received. The host is
    /// tried as configured (the number's webhook URL is typed into Twilio's console) and lower-cased as
    /// <see cref="ServerOptions.UrlFor"/> writes it (the StatusCallback we send).
    /// </summary>
    public static IReadOnlyList<Uri> PublicUrls(ServerOptions server, HttpRequest request)
    {
        var path = request.Path.ToUriComponent();
        var query = request.QueryString.ToUriComponent();
        var configured = new Uri(server.PublicUrl.OriginalString.TrimEnd('/') + path + query);
        var canonical = new Uri(server.UrlFor(path).AbsoluteUri + query);
        return configured.OriginalString == canonical.OriginalString ? [configured] : [configured, canonical];
    }
}
