using System.Text.RegularExpressions;

namespace Tendero.Export;

/// <summary>
/// What the exit kit leaves out unless <c>--include-secrets</c>: in a business file, the value of any key named like a
/// secret (<see cref="SecretColumns"/>) other than a <c>*_env</c> name, and any inline private key; files that hold a
/// private key (a service account's JSON, a PEM) are replaced by a note. The <c>*_env</c> names stay: they say which
/// variables to set, not what they hold.
/// </summary>
public static partial class KitSecrets
{
    public const string Redacted = "<redacted: not in the exit kit; see README>";

    public static string RedactYaml(string yaml)
    {
        var lines = yaml.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var inPem = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var begins = lines[i].Contains("BEGIN", StringComparison.Ordinal) && lines[i].Contains("PRIVATE KEY", StringComparison.Ordinal);
            if (inPem || begins)
            {
                inPem = !(lines[i].Contains("END", StringComparison.Ordinal) && lines[i].Contains("PRIVATE KEY", StringComparison.Ordinal));
                var indent = lines[i].Length - lines[i].TrimStart().Length;
                lines[i] = new string(' ', indent) + "# " + Redacted;
                continue;
            }
            var match = KeyValue().Match(lines[i]);
            if (match.Success && !match.Groups["key"].Value.EndsWith("_env", StringComparison.Ordinal)
                && SecretColumns.IsSecret(match.Groups["key"].Value) && match.Groups["value"].Value.Trim().Length > 0)
            {
                lines[i] = match.Groups["lead"].Value + match.Groups["key"].Value + ": \"" + Redacted + "\"";
            }
        }
        return string.Join('\n', lines);
    }

    /// <summary>Whether a file holds a private key (PEM text or a service account's <c>private_key</c>).</summary>
    public static bool HoldsPrivateKey(string path)
    {
        var info = new FileInfo(path);
        if (info.Length > 10 * 1024 * 1024)
        {
            return false;
        }
        var text = File.ReadAllText(path);
        return text.Contains("PRIVATE KEY-----", StringComparison.Ordinal) || text.Contains("\"private_key\"", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?<lead>\s*(?:-\s+)?)(?<key>[A-Za-z0-9_]+)\s*:\s*(?<value>[^#\n]*)")]
    private static partial Regex KeyValue();
}
