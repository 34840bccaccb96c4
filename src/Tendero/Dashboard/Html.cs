using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Tendero.Storage;

namespace Tendero.Dashboard;

/// <summary>
/// The pages' HTML: one plain layout, small inline CSS and no script, so a page is one request on a phone. Every value
/// that comes from data goes through <see cref="E"/> (HTML-encoded); the rest is our own markup.
/// </summary>
internal static class Html
{
    public static string E(string? text) => HtmlEncoder.Default.Encode(text ?? "");

    public static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string D(double value, string format = "0.##") => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>A ledger time (Unix ms) in the business's zone.</summary>
    public static string At(long? ms, TimeZoneInfo zone) =>
        ms is { } at ? TimeZoneInfo.ConvertTime(Clock.At(at), zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "";

    /// <summary>A hidden antiforgery field for a form posted by the signed-in (or anonymous) user of this request.</summary>
    public static string Antiforgery(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return $"<input type=\"hidden\" name=\"{E(tokens.FormFieldName)}\" value=\"{E(tokens.RequestToken)}\">";
    }

    public static IResult Page(HttpContext context, string title, string body, string? business = null, int status = 200)
    {
        var user = DashboardPrincipal.Current(context);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(title)} · Tendero</title><style>{Css}</style></head><body>
            <header><a href="/" class="brand">Tendero</a>
            """);
        if (business is not null)
        {
            var b = E(business);
            html.Append(CultureInfo.InvariantCulture, $"""<nav><a href="/b/{b}">Overview</a><a href="/b/{b}/conversations">Conversations</a><a href="/b/{b}/dead">Dead messages</a></nav>""");
        }
        if (user is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"""<form method="post" action="/signout" class="out">{Antiforgery(context)}<span>{E(user.Email)}</span> <button>Sign out</button></form>""");
        }
        html.Append(CultureInfo.InvariantCulture, $"</header><main>{body}</main></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    public static IResult NotFound(HttpContext context) =>
        Page(context, "Not found", "<h1>Not found</h1><p>There is nothing here. <a href=\"/\">Your businesses</a></p>", status: 404);

    private const string Css = """
        body{font:15px/1.4 system-ui,sans-serif;margin:0;color:#1d2430;background:#f6f7f9}
        header{display:flex;flex-wrap:wrap;gap:.8em;align-items:center;padding:.6em 1em;background:#1d3557;color:#fff}
        header a{color:#fff;text-decoration:none;margin-right:.8em}.brand{font-weight:700}
        header nav{flex:1}.out{margin:0}.out span{opacity:.8;font-size:.9em}
        main{max-width:1100px;margin:0 auto;padding:1em}
        section{background:#fff;border:1px solid #dde2e8;border-radius:6px;padding:.8em 1em;margin:0 0 1em;overflow-x:auto}
        h1{font-size:1.4em;margin:.2em 0 .6em}h2{font-size:1.1em;margin:0 0 .5em}
        table{border-collapse:collapse;width:100%;font-size:.92em}th,td{text-align:left;padding:.3em .5em;border-bottom:1px solid #eef0f3}
        td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:1em;margin-bottom:1em}.grid section{margin:0}
        .big{font-size:1.6em;font-weight:600}.muted{color:#6b7684;font-size:.88em}
        .period a{margin-right:.6em}.period b{margin-right:.6em}
        .bar{height:.9em;background:#457b9d;border-radius:2px}.bar.f{background:#e63946}
        .in{background:#e9f1f7}.out-msg{background:#eaf6ea;margin-left:15%}.msg{padding:.4em .6em;border-radius:6px;margin:.3em 0;max-width:85%}
        .error{color:#b00020}.ok{color:#1b7f3b}
        svg{width:100%;height:auto;max-height:240px}svg text{font:10px system-ui,sans-serif;fill:#6b7684}
        .legend span{display:inline-block;margin-right:1em;font-size:.85em}.legend i{display:inline-block;width:.8em;height:.8em;margin-right:.3em;vertical-align:middle}
        input{font:inherit;padding:.4em;width:100%;box-sizing:border-box;margin:.2em 0 .8em}button{font:inherit;padding:.35em .9em}
        """;
}
