using System.Security.Cryptography;
using System.Text;

namespace Tendero.Simulator.WhatsApp;

/// <summary><c>X-Hub-Signature-256</c>: lowercase hex HMAC-SHA256 of the exact body bytes, keyed with the app secret (REFERENCE §1.4).</summary>
internal static class MetaSignature
{
    public const string Header = "X-Hub-Signature-256";

    public static string Sign(string appSecret, ReadOnlySpan<byte> body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body));
}
