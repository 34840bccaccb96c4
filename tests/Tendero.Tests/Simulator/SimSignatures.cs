using System.Security.Cryptography;
using System.Text;

namespace Tendero.Tests.Simulator;

/// <summary>Signature checks written out from REFERENCE §1.4 and §3.2, independent of the simulator's signers.</summary>
public static class SimSignatures
{
    public static void AssertMeta(ReceivedRequest request)
    {
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SimHarness.AppSecret), request.Body));
        Assert.Equal(expected, request.Header("X-Hub-Signature-256"));
    }

    /// <summary>HMAC-SHA1 of the URL exactly as posted to plus each form field's name and value, sorted by name.</summary>
    public static void AssertTwilio(ReceivedRequest request, string url)
    {
        var data = new StringBuilder(url);
        foreach (var (name, value) in request.Form.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            data.Append(name).Append(value);
        }

#pragma warning disable CA5350 // Twilio's signature is HMAC-SHA1 by definition.
        var expected = Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(SimHarness.AuthToken), Encoding.UTF8.GetBytes(data.ToString())));
#pragma warning restore CA5350
        Assert.Equal(expected, request.Header("X-Twilio-Signature"));
    }
}
