using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tendero.Simulator.Control;

namespace Tendero.Simulator.Sheets;

/// <summary>
/// Maps the fake token endpoint, the fake values API and their controls: <c>GET /_sim/sheets/{id}</c> (every tab's
/// cells and the request counts), <c>POST /_sim/sheets/{id}/tabs</c> (<c>{"name":"Reservas","headers":[…]}</c>) and
/// <c>POST /_sim/sheets/faults</c> (<c>{"fail_next":3,"retry_after_seconds":2}</c>).
/// </summary>
internal static class SheetsEndpoints
{
    public static void Map(WebApplication app, SimSheets sheets)
    {
        app.MapPost(SimTokenEndpoint.Route, new SimTokenEndpoint(sheets).HandleAsync);
        app.MapMethods(SimSheetsApi.Route, ["GET", "POST"], new SimSheetsApi(sheets).HandleAsync);
        app.MapGet("/_sim/sheets/{id}", http =>
        {
            var id = (string)http.GetRouteValue("id")!;
            var requests = sheets.Requests.Where(r => r.SpreadsheetId == id).ToList();
            return ControlJson.WriteAsync(http, new
            {
                spreadsheet_id = id,
                tabs = sheets.TabNames(id).ToDictionary(t => t, t => sheets.Cells(id, t)),
                requests = requests.Count,
                requests_by_kind = requests.GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => g.Count()),
                refused = requests.Count(r => r.Status == 429),
            });
        });
        app.MapPost("/_sim/sheets/{id}/tabs", async http =>
        {
            if (await ControlJson.ReadAsync<TabBody>(http) is not { Name.Length: > 0 } body)
            {
                await ControlJson.ProblemAsync(http, 400, "Unreadable tab", "Send {\"name\":\"Reservas\",\"headers\":[\"Fecha\",\"Hora\"]}.");
                return;
            }
            sheets.AddTab((string)http.GetRouteValue("id")!, body.Name, [.. body.Headers ?? []]);
            http.Response.StatusCode = 204;
        });
        app.MapPost("/_sim/sheets/faults", async http =>
        {
            if (await ControlJson.ReadAsync<FaultBody>(http) is not { FailNext: >= 0 } body)
            {
                await ControlJson.ProblemAsync(http, 400, "Unreadable Sheets fault", "Send {\"fail_next\":3,\"retry_after_seconds\":2}.");
                return;
            }
            sheets.FailNext(body.FailNext, TimeSpan.FromSeconds(Math.Max(0, body.RetryAfterSeconds ?? 1)));
            http.Response.StatusCode = 204;
        });
    }

    private sealed record TabBody(string Name, List<string>? Headers);

    private sealed record FaultBody(int FailNext, int? RetryAfterSeconds);
}
