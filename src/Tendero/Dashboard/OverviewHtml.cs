using System.Globalization;
using System.Text;
using static Tendero.Dashboard.Html;

namespace Tendero.Dashboard;

/// <summary>The business overview, one section per panel. Figures carry <c>data-k</c> names so tests can read them.</summary>
internal static class OverviewHtml
{
    private static readonly string[] Periods = ["1", "7", "30", "90"];

    public static string Render(DashboardReport r)
    {
        var html = new StringBuilder();
        html.Append($"""<h1>{E(r.Name)}</h1><p class="period">""");
        foreach (var p in Periods)
        {
            html.Append(p == r.Days.ToString(CultureInfo.InvariantCulture) ? $"<b>{p} days</b>" : $"""<a href="/b/{E(r.Business)}?days={p}">{p} days</a>""");
        }
        html.Append($"""<span class="muted">{r.From:yyyy-MM-dd HH:mm} to {r.Until:yyyy-MM-dd HH:mm} ({E(r.TimeZone)})</span></p>""");
        html.Append(Messages(r)).Append("<div class=\"grid\">").Append(Response(r)).Append(Funnel(r)).Append("</div>");
        html.Append(Failures(r)).Append("<div class=\"grid\">").Append(Lanes(r)).Append(Chains(r)).Append(Models(r)).Append("</div>");
        html.Append(Costs(r));
        return html.ToString();
    }

    private static string Messages(DashboardReport r)
    {
        var bars = r.Messages.Select(d => (d.Date.ToString("MM-dd", CultureInfo.InvariantCulture),
            new double[] { d.Channels.Sum(c => c.Inbound), d.Channels.Sum(c => c.Outbound) }, (double?)null)).ToList();
        var chart = SvgChart.StackedBars([new("inbound", "#457b9d"), new("outbound", "#a8dadc")], bars, v => D(v, "0"));
        var table = new StringBuilder("<details><summary>Per channel and day</summary><table><tr><th>Day</th><th>Channel</th><th class=n>In</th><th class=n>Out</th></tr>");
        foreach (var day in r.Messages)
        {
            foreach (var c in day.Channels)
            {
                table.Append($"""<tr><td>{day.Date:yyyy-MM-dd}</td><td>{E(c.Channel)}</td><td class=n>{N(c.Inbound)}</td><td class=n>{N(c.Outbound)}</td></tr>""");
            }
        }
        var (inbound, outbound) = (r.Messages.Sum(d => d.Channels.Sum(c => c.Inbound)), r.Messages.Sum(d => d.Channels.Sum(c => c.Outbound)));
        return $"""
            <section id="messages"><h2>Messages per day</h2>
            <p><span class="big" data-k="messages-in">{N(inbound)}</span> in · <span class="big" data-k="messages-out">{N(outbound)}</span> out</p>
            {chart}{table}</table></details></section>
            """;
    }

    private static string Response(DashboardReport r) => $"""
        <section id="response"><h2>Response time</h2>
        <p>Half the replies left within <span class="big" data-k="p50">{Seconds(r.ResponseTime.P50Seconds)}</span>,
        95% within <span class="big" data-k="p95">{Seconds(r.ResponseTime.P95Seconds)}</span>.</p>
        <p class="muted">From an inbound message to its reply leaving, over <span data-k="replies">{N(r.ResponseTime.Replies)}</span> replies.</p></section>
        """;

    private static string Funnel(DashboardReport r)
    {
        var d = r.Delivery;
        string Row(string name, long count, bool failed = false) =>
            $"""<tr><td>{name}</td><td class=n data-k="funnel-{name}">{N(count)}</td><td style="width:50%"><div class="bar{(failed ? " f" : "")}" style="width:{Percent(count, d.Outbound)}%"></div></td></tr>""";
        return $"""
            <section id="delivery"><h2>Delivery</h2><p class="muted"><span data-k="funnel-outbound">{N(d.Outbound)}</span> sent out, <span data-k="funnel-pending">{N(d.Pending)}</span> still waiting.</p>
            <table>{Row("sent", d.Sent)}{Row("delivered", d.Delivered)}{Row("read", d.Read)}{Row("failed", d.Failed, true)}</table>
            <p class="muted">Read receipts exist on WhatsApp only; Telegram and SMS stop at sent or delivered.</p></section>
            """;
    }

    private static string Failures(DashboardReport r)
    {
        if (r.Delivery.Failures.Count == 0)
        {
            return "";
        }
        var rows = string.Concat(r.Delivery.Failures.Select(f =>
            $"""<tr><td>{E(f.Channel)}</td><td>{E(f.Code.Length == 0 ? "—" : f.Code)}</td><td>{E(f.Reason)}</td><td class=n data-k="failure-{E(f.Channel)}-{E(f.Code)}">{N(f.Count)}</td></tr>"""));
        return $"""<section id="failures"><h2>Why messages failed</h2><table><tr><th>Channel</th><th>Code</th><th>Reason</th><th class=n>Messages</th></tr>{rows}</table></section>""";
    }

    private static string Lanes(DashboardReport r)
    {
        var rows = string.Concat(r.Lanes.Select(l =>
            $"""<tr><td>{E(l.Channel)}</td><td class=n data-k="lane-{E(l.Channel)}-queued">{N(l.Queued)}</td><td class=n>{N(l.Sending)}</td><td class=n>{D(l.PerMinute)}/min{(l.LimitPerSecond is { } s ? $"<br><span class=muted>limit {D(s)}/s</span>" : "")}</td></tr>"""));
        return $"""
            <section id="lanes"><h2>Queues</h2><table><tr><th>Lane</th><th class=n>Queued</th><th class=n>Sending</th><th class=n>Pace</th></tr>
            {(rows.Length == 0 ? "<tr><td colspan=4>Nothing waiting.</td></tr>" : rows)}</table>
            <p class="muted">Pace is what left in the last hour; the limit is the provider's, per second.</p></section>
            """;
    }

    private static string Chains(DashboardReport r)
    {
        var rows = string.Concat(r.Chains.Select(c => $"""<tr><td>{E(c.Policy)}</td><td class=n>{c.Step + 1}</td><td class=n data-k="chain-{E(c.Policy)}-{c.Step}">{N(c.Count)}</td></tr>"""));
        return $"""
            <section id="chains"><h2>Alerts in flight</h2><table><tr><th>Policy</th><th class=n>At step</th><th class=n>Alerts</th></tr>
            {(rows.Length == 0 ? "<tr><td colspan=3>No alert is running.</td></tr>" : rows)}</table></section>
            """;
    }

    private static string Models(DashboardReport r)
    {
        var total = r.Models.Sum(m => m.Calls);
        var rows = string.Concat(r.Models.Select(m =>
            $"""<tr><td>{E(m.Tier)}</td><td class=n data-k="tier-{E(m.Tier)}-calls">{N(m.Calls)}</td><td class=n>{Percent(m.Calls, total)}%</td><td class=n>{N(m.InputTokens + m.OutputTokens)}</td><td class=n>{E(m.Cost?.Display)}</td></tr>"""));
        return $"""
            <section id="models"><h2>Model tiers</h2><table><tr><th>Tier</th><th class=n>Calls</th><th class=n>Share</th><th class=n>Tokens</th><th class=n>Cost</th></tr>
            {(rows.Length == 0 ? "<tr><td colspan=5>No model calls.</td></tr>" : rows)}</table>
            <p class="muted">Offline is the local classifier (free); fast and smart are paid models, used when the cheaper tier is unsure.</p></section>
            """;
    }

    private static string Costs(DashboardReport r)
    {
        if (r.Costs is not { } c)
        {
            return "";
        }
        static double Units(long micros) => micros / 1_000_000.0;
        var bars = c.Days.Select(d => (d.Date.ToString("MM-dd", CultureInfo.InvariantCulture),
            new[] { Units(d.Models.Micros), Units(d.Messages.Micros), Units(d.Compute.Micros) }, d.Budget is { } b ? Units(b.Micros) : (double?)null)).ToList();
        var chart = SvgChart.StackedBars([new("models", "#1d3557"), new("messages", "#457b9d"), new("compute", "#a8dadc")], bars, v => $"{c.Currency} {D(v, "0.00")}");
        var rows = string.Concat(c.Days.Select(d =>
            $"""<tr><td>{d.Date:yyyy-MM-dd}</td><td class=n>{E(d.Models.Display)}</td><td class=n>{E(d.Messages.Display)}</td><td class=n>{E(d.Compute.Display)}</td><td class=n>{E(d.Total.Display)}</td><td class=n>{E(d.Budget?.Display)}</td></tr>"""));
        var others = c.OtherCurrencies.Count == 0 ? "" : $"<p class=\"muted\">Also in other currencies: {E(string.Join(", ", c.OtherCurrencies.Select(o => o.Display)))}</p>";
        return $"""
            <section id="costs"><h2>Costs</h2>
            <p><span class="big" data-k="cost-total">{E(c.Total.Display)}</span>{(c.Budget is { } budget ? $" of a budget of <span data-k=\"cost-budget\">{E(budget.Display)}</span> for these days" : "")}</p>
            {chart}<details><summary>Per day</summary><table><tr><th>Day</th><th class=n>Models</th><th class=n>Messages</th><th class=n>Compute</th><th class=n>Total</th><th class=n>Budget</th></tr>{rows}</table></details>{others}
            <p class="muted">Compute is the monthly server figure spread over the month's days.</p></section>
            """;
    }

    private static string Seconds(double? seconds) => seconds switch
    {
        null => "—",
        < 60 => D(seconds.Value, "0.#") + " s",
        _ => D(seconds.Value / 60, "0.#") + " min",
    };

    private static string Percent(long part, long whole) => whole == 0 ? "0" : D(100.0 * part / whole, "0");
}
