using System.Net;
using System.Text;
using Tendero.Core;
using Tendero.Storage;

namespace Tendero.Api;

/// <summary>The status page's alerts and costs: counts and sums only, nothing personal.</summary>
internal static class StatusDeliverySection
{
    public static void Append(StringBuilder html, IReadOnlyList<ChainCount> chains, IReadOnlyList<CostTotal> costs)
    {
        html.Append("<h2>Alerts</h2>");
        if (chains.Count == 0)
        {
            html.Append("<p>No alert has been started.</p>");
        }
        else
        {
            html.Append("<table><tr><th>business</th><th>state</th><th>outcome</th><th>count</th></tr>");
            foreach (var c in chains)
            {
                html.Append($"<tr><td>{E(c.BusinessId)}</td><td>{E(c.State)}</td><td>{E(c.Outcome)}</td><td>{c.Count}</td></tr>");
            }
            html.Append("</table>");
        }
        html.Append("<h2>Costs</h2>");
        if (costs.Count == 0)
        {
            html.Append("<p>Nothing sent yet.</p>");
            return;
        }
        html.Append("<table><tr><th>business</th><th>channel</th><th>messages</th><th>units</th><th>cost</th></tr>");
        foreach (var c in costs)
        {
            var amount = new Money(c.AmountMicros, c.Currency).Format();
            html.Append($"<tr><td>{E(c.BusinessId)}</td><td>{E(c.Channel)}</td><td>{c.Entries}</td><td>{c.Units}</td><td>{E(amount)}</td></tr>");
        }
        html.Append("</table>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
