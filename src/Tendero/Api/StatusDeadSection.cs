using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Tendero.Storage;

namespace Tendero.Api;

/// <summary>
/// The status page's "Dead messages" section: counts per business and channel, and the latest failures with their
/// reasons. The page is public, so it never shows message text or addresses, and numbers inside a provider's reason
/// (Twilio and Telegram sometimes quote the phone number or chat id) are hidden.
/// </summary>
internal static partial class StatusDeadSection
{
    public const int Latest = 20;

    public static void Append(StringBuilder html, IReadOnlyList<DeadCount> counts, IReadOnlyList<DeadSummary> latest)
    {
        html.Append("<h2>Dead messages</h2>");
        if (counts.Count == 0)
        {
            html.Append("<p>None: every outbound message was sent or is still being tried.</p>");
            return;
        }
        html.Append("<table><tr><th>business</th><th>channel</th><th>failed</th></tr>");
        foreach (var c in counts)
        {
            html.Append($"<tr><td>{E(c.BusinessId)}</td><td>{E(c.Channel)}</td><td>{c.Count}</td></tr>");
        }
        html.Append("</table><h3>Latest failures</h3>");
        html.Append("<table><tr><th>failed at</th><th>id</th><th>business</th><th>channel</th><th>code</th><th>reason</th></tr>");
        foreach (var d in latest)
        {
            var at = d.FailedAt is { } ms ? Clock.At(ms).ToString("u") : "";
            html.Append($"<tr><td>{at}</td><td>{d.Id}</td><td>{E(d.BusinessId)}</td><td>{E(d.Channel)}</td>")
                .Append($"<td>{E(d.ErrorCode ?? "")}</td><td>{E(Redact(d.ErrorReason ?? ""))}</td></tr>");
        }
        html.Append("</table><p>Retry one with <code>tendero dead retry ID</code> or <code>POST /api/businesses/{business}/messages/{id}/retry</code>.</p>");
    }

    /// <summary>Hides runs of six or more digits (phone numbers, chat ids), with any leading + and inner spaces or dashes.</summary>
    public static string Redact(string reason) => LongNumber().Replace(reason, "[number hidden]");

    [GeneratedRegex(@"\+?\d(?:[ \-]?\d){5,}")]
    private static partial Regex LongNumber();

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
