using System.Security.Cryptography;
using System.Text;

namespace Tendero.Simulator.Twilio;

/// <summary>
/// <c>X-Twilio-Signature</c>: Base64(HMAC-SHA1(auth token, URL + each form parameter's name and value, sorted by name, ordinal)).
/// https://www.twilio.com/docs/usage/webhooks/webhooks-security, vectors in REFERENCE §13.1.
/// </summary>
internal static class TwilioSignature
{
    public const string Header = "X-Twilio-Signature";

    public static string Sign(string authToken, string url, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var data = new StringBuilder(url);
        foreach (var (name, value) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            data.Append(name).Append(value);
        }

#pragma warning disable CA5350 // Twilio's signature is defined as HMAC-SHA1; the simulator must produce exactly that.
        var hash = HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString()));
#pragma warning restore CA5350
        return Convert.ToBase64String(hash);
    }
}
