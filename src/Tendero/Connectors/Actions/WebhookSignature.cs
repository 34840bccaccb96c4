using System.Security.Cryptography;
using System.Text;

namespace Tendero.Connectors.Actions;

/// <summary>
/// The <c>X-Tendero-Signature</c> header: <c>sha256=</c> and the lowercase hex HMAC-SHA256, keyed with the action's
/// secret, of <c>{timestamp}.{raw body}</c>. Signing the timestamp with the body lets a receiver refuse an old
/// request replayed later (compare the timestamp with its clock), as Stripe and Slack do.
/// </summary>
public static class WebhookSignature
{
    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{timestamp}.");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }
}
