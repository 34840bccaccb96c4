using System.Net;
using System.Text;
using Tendero.Agents;
using Tendero.Ai;
using Tendero.Ai.Routing;
using Tendero.Config;
using Tendero.Core;
using Tendero.Storage;

namespace Tendero.Api;

/// <summary>
/// The status page's model costs for each business's local day (calls, failures, escalations, budget degrades and spend
/// against the daily budget per tier) and the agents' work (pending, done, dead). Counts and sums only.
/// </summary>
internal static class StatusModelsSection
{
    /// <summary>Today's totals per business, each over its own local day.</summary>
    public static async Task<IReadOnlyList<ModelCallTotal>> TodayAsync(ModelCallStore calls, Businesses businesses, DateTimeOffset now, CancellationToken ct)
    {
        var totals = new List<ModelCallTotal>();
        foreach (var business in businesses.All)
        {
            totals.AddRange(await calls.TotalsAsync(business.Id, LocalDay.Start(now, business.TimeZone), now.AddSeconds(1), ct));
        }
        return totals;
    }

    public static void Append(StringBuilder html, IReadOnlyList<ModelCallTotal> today, Businesses businesses, IReadOnlyList<AgentWorkCount> work)
    {
        html.Append("<h2>Models today</h2>");
        if (today.Count == 0)
        {
            html.Append("<p>No model call yet today.</p>");
        }
        else
        {
            html.Append("<table><tr><th>business</th><th>tier</th><th>calls</th><th>not ok</th><th>escalations in</th><th>degraded (budget)</th><th>tokens in/out</th><th>cost</th><th>daily budget</th></tr>");
            foreach (var t in today)
            {
                var budget = Budget(businesses.Find(t.BusinessId), t);
                html.Append($"<tr><td>{E(t.BusinessId)}</td><td>{E(t.Tier)}</td><td>{t.Calls}</td><td>{t.NotOk}</td><td>{t.Escalated}</td><td>{t.Degraded}</td>"
                    + $"<td>{t.InputTokens}/{t.OutputTokens}</td><td>{E(new Money(t.AmountMicros, t.Currency).Format())}</td><td>{E(budget)}</td></tr>");
            }
            html.Append("</table>");
        }
        html.Append("<h2>Agents</h2>");
        if (work.Count == 0)
        {
            html.Append("<p>No agent has had any work yet.</p>");
            return;
        }
        html.Append("<table><tr><th>agent</th><th>state</th><th>events</th></tr>");
        foreach (var w in work)
        {
            html.Append($"<tr><td>{E(w.Agent)}</td><td>{E(w.State)}</td><td>{w.Count}</td></tr>");
        }
        html.Append("</table>");
    }

    private static string Budget(BusinessConfig? business, ModelCallTotal total)
    {
        if (business is null || !ModelTierNames.TryParse(total.Tier, out var tier) || business.Models.For(tier) is not { DailyBudgetMicros: { } budget } endpoint)
        {
            return "";
        }
        var text = new Money(budget, endpoint.Price.Currency).Format();
        return total.AmountMicros >= budget ? $"{text} (reached: calls go to the next cheaper tier)" : text;
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
