using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tendero.Agents.Conversation;
using Tendero.Config;
using Tendero.Delivery;
using Tendero.Storage;
using static Tendero.Dashboard.Html;

namespace Tendero.Dashboard;

/// <summary>
/// The pages: <c>/</c> (the businesses this user may see), <c>/b/{business}</c> (the overview), its conversations and
/// transcripts, and its dead messages with a retry button. A business the user may not see is answered 404, like one
/// that does not exist.
/// </summary>
internal static class DashboardPages
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", Home);
        app.MapGet("/b/{business}", OverviewAsync);
        app.MapGet("/b/{business}/conversations", ConversationsAsync);
        app.MapGet("/b/{business}/conversations/{id:long}", TranscriptAsync);
        app.MapGet("/b/{business}/dead", DeadAsync);
        app.MapPost("/b/{business}/dead/{id:long}/retry", RetryAsync).DisableAntiforgery();
    }

    private static IResult Home(HttpContext context, Businesses businesses)
    {
        if (DashboardPrincipal.Current(context) is not { } user)
        {
            return SignIn(context);
        }
        var visible = businesses.All.Where(b => user.CanSee(b.Id)).ToList();
        var body = new StringBuilder("<h1>Your businesses</h1><section><table><tr><th>Business</th><th>Time zone</th><th>Your role</th></tr>");
        foreach (var b in visible)
        {
            var role = user.IsAdmin ? "admin" : user.Roles[b.Id].Name();
            body.Append($"""<tr><td><a href="/b/{E(b.Id)}">{E(b.Name)}</a></td><td>{E(b.TimeZone.Id)}</td><td>{role}</td></tr>""");
        }
        body.Append(visible.Count == 0 ? "<tr><td colspan=3>No business yet: ask an admin to add you.</td></tr>" : "");
        return Page(context, "Businesses", body.Append("</table></section><p class=\"muted\"><a href=\"/status\">Server status</a></p>").ToString());
    }

    private static async Task<IResult> OverviewAsync(HttpContext context, string business, Businesses businesses, DashboardBuilder builder, int? days)
    {
        if (Resolve(context, business, businesses, out var config, out var user) is { } refused)
        {
            return refused;
        }
        var period = Math.Clamp(days ?? 7, 1, DashboardBuilder.MaxDays);
        var report = await builder.BuildAsync(config, period, user.CanSeeMoney(business), context.RequestAborted);
        return Page(context, config.Name, OverviewHtml.Render(report), business);
    }

    private static async Task<IResult> ConversationsAsync(HttpContext context, string business, Businesses businesses, ConversationStore store)
    {
        if (Resolve(context, business, businesses, out var config, out _) is { } refused)
        {
            return refused;
        }
        var rows = (await store.ListAsync(business, null, 200, context.RequestAborted)).OrderByDescending(r => r.UpdatedAt).ToList();
        var body = new StringBuilder($"<h1>Conversations · {E(config.Name)}</h1><section><table><tr><th>#</th><th>Channel</th><th>Contact</th><th>With</th><th>Last message in</th></tr>");
        foreach (var r in rows)
        {
            body.Append($"""<tr><td><a href="/b/{E(business)}/conversations/{r.Id}">{r.Id}</a></td><td>{E(r.Channel)}</td><td><a href="/b/{E(business)}/conversations/{r.Id}">{E(r.Address)}</a></td><td>{(r.Mode == "handoff" ? "staff" : "bot")}</td><td>{At(r.LastInboundAt, config.TimeZone)}</td></tr>""");
        }
        body.Append(rows.Count == 0 ? "<tr><td colspan=5>No conversations yet.</td></tr>" : "");
        return Page(context, "Conversations", body.Append("</table></section>").ToString(), business);
    }

    private static async Task<IResult> TranscriptAsync(HttpContext context, string business, long id, Businesses businesses, ConversationStore store, DashboardQueries queries)
    {
        if (Resolve(context, business, businesses, out var config, out _) is { } refused)
        {
            return refused;
        }
        if (await store.GetAsync(business, id, context.RequestAborted) is not { } conversation)
        {
            return Html.NotFound(context);
        }
        var lines = await queries.TranscriptAsync(business, conversation.Channel, conversation.Address, 500, context.RequestAborted);
        var body = new StringBuilder($"<h1>{E(conversation.Address)} on {E(conversation.Channel)}</h1><section id=\"transcript\">");
        foreach (var line in lines)
        {
            var css = line.Direction == "in" ? "in" : "out-msg";
            var status = line.Direction == "out" ? $" · {E(line.Status)}{(line.ErrorReason is { } reason ? $": {E(reason)}" : "")}" : "";
            body.Append($"""<div class="msg {css}" data-id="{line.Id}"><div>{E(line.Text ?? $"[{line.Kind}]")}</div><div class="muted">{At(line.CreatedAt, config.TimeZone)}{status}</div></div>""");
        }
        body.Append(lines.Count == 0 ? "<p>No messages.</p>" : "");
        return Page(context, "Transcript", body.Append($"</section><p><a href=\"/b/{E(business)}/conversations\">All conversations</a></p>").ToString(), business);
    }

    private static async Task<IResult> DeadAsync(HttpContext context, string business, Businesses businesses, DeadLetters dead, long? retried)
    {
        if (Resolve(context, business, businesses, out var config, out _) is { } refused)
        {
            return refused;
        }
        var rows = await dead.ListAsync(business, 0, 500, context.RequestAborted);
        var body = new StringBuilder($"<h1>Dead messages · {E(config.Name)}</h1>");
        if (retried is { } done)
        {
            body.Append($"<p class=\"ok\" role=\"status\">Message {done} is queued again.</p>");
        }
        body.Append("<section><table><tr><th>#</th><th>Channel</th><th>To</th><th>Code</th><th>Reason</th><th>Failed</th><th></th></tr>");
        var token = Antiforgery(context);
        foreach (var r in rows)
        {
            body.Append($"""
                <tr data-id="{r.Id}"><td>{r.Id}</td><td>{E(r.Channel)}</td><td>{E(r.Address)}</td><td>{E(r.ErrorCode)}</td><td>{E(r.ErrorReason)}</td><td>{At(r.FailedAt, config.TimeZone)}</td>
                <td><form method="post" action="/b/{E(business)}/dead/{r.Id}/retry">{token}<button type="submit">Retry</button></form></td></tr>
                """);
        }
        body.Append(rows.Count == 0 ? "<tr><td colspan=7>No dead messages.</td></tr>" : "");
        return Page(context, "Dead messages", body.Append("</table></section>").ToString(), business);
    }

    private static async Task<IResult> RetryAsync(HttpContext context, string business, long id, Businesses businesses, DeadLetters dead, WorkSignals signals, IAntiforgery antiforgery)
    {
        if (Resolve(context, business, businesses, out _, out _) is { } refused)
        {
            return refused;
        }
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Page(context, "Expired", "<p class=\"error\">The form expired: go back and try again.</p>", business, StatusCodes.Status400BadRequest);
        }
        switch (await dead.RetryAsync(business, id, context.RequestAborted))
        {
            case RetryOutcome.Retried:
                signals.Outbound.Wake();
                return Results.Redirect($"/b/{Uri.EscapeDataString(business)}/dead?retried={id}");
            case RetryOutcome.NotFailed notFailed:
                return Page(context, "Not failed", $"<p class=\"error\">{E(RetryOutcome.NotFailedMessage(id, notFailed.Status))}.</p>", business, StatusCodes.Status409Conflict);
            default:
                return Html.NotFound(context);
        }
    }

    /// <summary>Sign-in first; then the business must exist and be one of the user's, or the answer is 404.</summary>
    private static IResult? Resolve(HttpContext context, string business, Businesses businesses, out BusinessConfig config, out DashboardUser user)
    {
        (config, user) = (null!, null!);
        if (DashboardPrincipal.Current(context) is not { } current)
        {
            return SignIn(context);
        }
        if (!current.CanSee(business) || businesses.Find(business) is not { } found)
        {
            return Html.NotFound(context);
        }
        (config, user) = (found, current);
        return null;
    }

    private static IResult SignIn(HttpContext context) =>
        Results.Redirect("/signin?returnUrl=" + Uri.EscapeDataString(context.Request.Path + context.Request.QueryString));
}
