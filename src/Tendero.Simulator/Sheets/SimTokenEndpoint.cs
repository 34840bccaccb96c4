using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Tendero.Simulator.Control;

namespace Tendero.Simulator.Sheets;

/// <summary>
/// A fake Google OAuth token endpoint for service accounts (https://developers.google.com/identity/protocols/oauth2/service-account#authorizingrequests):
/// <c>POST /token</c> with <c>grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer</c> and <c>assertion</c>, a JWT
/// signed RS256 by the account's private key. Checks the signature against the registered public key, <c>iss</c>,
/// <c>aud</c> (this endpoint's own URL), <c>iat</c> and <c>exp</c>, and answers <c>{access_token, expires_in, token_type}</c>.
/// </summary>
internal sealed class SimTokenEndpoint(SimSheets sheets)
{
    public const string Route = "/token";
    private const string JwtBearer = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    private const string GoogleTokenUri = "https://oauth2.googleapis.com/token";

    public async Task HandleAsync(HttpContext http)
    {
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(http.RequestAborted) : null;
        if (form?["grant_type"].ToString() != JwtBearer || form["assertion"].ToString() is not { Length: > 0 } assertion)
        {
            await ErrorAsync(http, "unsupported_grant_type", $"Send grant_type={JwtBearer} and an assertion.");
            return;
        }
        var audience = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{http.Request.Path}";
        if (Check(assertion, audience) is { } problem)
        {
            await ErrorAsync(http, "invalid_grant", problem);
            return;
        }
        var email = Claims(assertion).GetProperty("iss").GetString()!;
        await ControlJson.WriteAsync(http, new
        {
            access_token = sheets.Issue(email),
            expires_in = (long)sheets.Options.TokenLifetime.TotalSeconds,
            token_type = "Bearer",
        });
    }

    private string? Check(string jwt, string audience)
    {
        var parts = jwt.Split('.');
        if (parts.Length != 3)
        {
            return "The assertion is not a JWT.";
        }
        try
        {
            using var header = JsonDocument.Parse(Base64Url(parts[0]));
            if (header.RootElement.GetProperty("alg").GetString() != "RS256")
            {
                return "Only RS256 assertions are accepted.";
            }
            var claims = Claims(jwt);
            var iss = claims.GetProperty("iss").GetString() ?? "";
            if (!sheets.Options.ServiceAccounts.TryGetValue(iss, out var publicKey))
            {
                return $"Invalid JWT: iss '{iss}' is not a known service account.";
            }
            using var rsa = RSA.Create();
            rsa.ImportFromPem(publicKey);
            if (!rsa.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Base64Url(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
            {
                return "Invalid JWT Signature.";
            }
            // Google.Apis.Auth always puts Google's token URL in aud (it is the token_uri of every real key); a client
            // that uses the token_uri it posts to as aud is accepted too.
            var aud = claims.GetProperty("aud").GetString()?.TrimEnd('/');
            if (aud != audience.TrimEnd('/') && aud != GoogleTokenUri)
            {
                return $"Invalid JWT: aud '{aud}' is neither {audience} nor {GoogleTokenUri}.";
            }
            var now = sheets.Time.GetUtcNow().ToUnixTimeSeconds();
            var (iat, exp) = (claims.GetProperty("iat").GetInt64(), claims.GetProperty("exp").GetInt64());
            if (exp <= now || iat > now + 300 || exp - iat > 3600)
            {
                return "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe.";
            }
            return null;
        }
        catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or InvalidOperationException or ArgumentException or CryptographicException)
        {
            return "The assertion is not a readable JWT.";
        }
    }

    private static JsonElement Claims(string jwt)
    {
        using var document = JsonDocument.Parse(Base64Url(jwt.Split('.')[1]));
        return document.RootElement.Clone();
    }

    private static byte[] Base64Url(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '='));
    }

    private static Task ErrorAsync(HttpContext http, string error, string description) =>
        ControlJson.WriteAsync(http, new { error, error_description = description }, 400);
}
