using System.Security.Cryptography;
using System.Text.Json;

namespace Tendero.Connectors.Sheets;

/// <summary>
/// The fields Tendero uses from a Google service-account JSON file (the one the Cloud console downloads).
/// <see cref="TokenUri"/> is honoured as written, so a test or the demo can point it at a local token endpoint.
/// </summary>
public sealed record ServiceAccountKey(string ClientEmail, string PrivateKey, string? PrivateKeyId, Uri TokenUri)
{
    public static readonly Uri GoogleTokenUri = new("https://oauth2.googleapis.com/token");

    /// <summary>Reads and checks the file. The error names what is wrong (the file, the JSON, or a field) and never quotes the key.</summary>
    public static bool TryRead(string path, out ServiceAccountKey? key, out string error)
    {
        key = null;
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"cannot read {path}: {e.Message}";
            return false;
        }
        return TryParse(text, path, out key, out error);
    }

    public static bool TryParse(string json, string source, out ServiceAccountKey? key, out string error)
    {
        key = null;
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            error = $"{source} is not readable JSON (line {e.LineNumber + 1}): download the key again from the Cloud console";
            return false;
        }
        if (root.ValueKind != JsonValueKind.Object)
        {
            error = $"{source} is not a service-account key (a JSON object)";
            return false;
        }
        var email = Text(root, "client_email");
        var pem = Text(root, "private_key");
        var type = Text(root, "type");
        if (type is not null && type != "service_account")
        {
            error = $"{source} is a '{type}' credential; Sheets needs a service_account key";
            return false;
        }
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@'))
        {
            error = $"{source} has no client_email (the service account's address, to share the Sheet with)";
            return false;
        }
        if (string.IsNullOrWhiteSpace(pem) || !IsRsaKey(pem))
        {
            error = $"{source} has no usable private_key (a PEM RSA private key)";
            return false;
        }
        var tokenText = Text(root, "token_uri");
        var tokenUri = GoogleTokenUri;
        if (tokenText is not null && !(Uri.TryCreate(tokenText, UriKind.Absolute, out tokenUri!) && tokenUri.Scheme is "http" or "https"))
        {
            error = $"{source}: token_uri '{tokenText}' is not an http(s) URL";
            return false;
        }
        key = new ServiceAccountKey(email, pem, Text(root, "private_key_id"), tokenUri);
        error = "";
        return true;
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool IsRsaKey(string pem)
    {
        try
        {
            using var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
            return true;
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            return false;
        }
    }

    // Never print the private key.
    public override string ToString() => $"ServiceAccountKey {{ ClientEmail = {ClientEmail}, TokenUri = {TokenUri} }}";
}
