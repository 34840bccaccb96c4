namespace Tendero.Simulator.Sheets;

/// <summary>The fake Google token endpoint and Sheets API: which service accounts they trust, and their limits.</summary>
public sealed class SimSheetsOptions
{
    /// <summary>Service accounts by client_email, with the PEM public key their JWTs are checked against.</summary>
    public Dictionary<string, string> ServiceAccounts { get; } = new(StringComparer.Ordinal);

    /// <summary>How long an access token lives (Google: one hour).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Requests a minute the values API accepts before it answers 429 (Google: 60 per user); null for no limit.</summary>
    public int? RequestsPerMinute { get; set; }

    /// <summary>Tabs that exist from the start: (spreadsheet id, tab name, header row).</summary>
    public List<(string SpreadsheetId, string Tab, string[] Headers)> Tabs { get; } = [];

    /// <summary>Trusts a service account by its key (a private key PEM is reduced to its public half).</summary>
    public void Trust(string clientEmail, string pem)
    {
        using var rsa = System.Security.Cryptography.RSA.Create();
        rsa.ImportFromPem(pem);
        ServiceAccounts[clientEmail] = rsa.ExportSubjectPublicKeyInfoPem();
    }
}
