using System.Text.RegularExpressions;

namespace Tendero.Export;

/// <summary>
/// The rule for columns that hold secrets and stay out of exports and exit kits unless secrets are asked for: a name
/// containing <c>password</c>, <c>passwd</c>, <c>secret</c>, <c>salt</c>, <c>api_key</c> or <c>private_key</c>, ending
/// in <c>_hash</c>, equal to or ending in <c>token</c>, or a security stamp (<c>stamp</c>, <c>security_stamp</c>). Lease tokens (<c>lease_token</c>) are fencing counters, not
/// secrets, and are kept.
/// </summary>
public static partial class SecretColumns
{
    private static readonly HashSet<string> NotSecret = new(StringComparer.OrdinalIgnoreCase) { "lease_token" };

    public static bool IsSecret(string column) => !NotSecret.Contains(column) && Pattern().IsMatch(column);

    [GeneratedRegex(@"password|passwd|secret|salt|api_?key|private_?key|_hash$|^hash$|(^|_)token$|^stamp$|security_?stamp", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
