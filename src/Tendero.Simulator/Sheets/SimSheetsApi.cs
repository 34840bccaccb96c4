using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Tendero.Simulator.Control;

namespace Tendero.Simulator.Sheets;

/// <summary>
/// The fake Sheets v4 values API (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values):
/// <c>GET {id}/values/{range}</c>, <c>GET {id}/values:batchGet?ranges=…</c>, <c>POST {id}/values/{range}:append</c> and
/// <c>POST {id}/values:batchUpdate</c>, behind a Bearer token from the fake token endpoint. The path is read raw, as
/// Google does, so an escaped <c>:</c> or <c>!</c> in a range is never mistaken for the <c>:append</c> suffix.
/// </summary>
internal sealed class SimSheetsApi(SimSheets sheets)
{
    public const string Route = "/v4/spreadsheets/{**rest}";

    public async Task HandleAsync(HttpContext http)
    {
        var raw = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path.Value ?? "";
        var path = raw.Split('?')[0]["/v4/spreadsheets/".Length..].Split('/');
        var id = Uri.UnescapeDataString(path[0].Split(':')[0]);
        var (kind, range) = path switch
        {
            [_, "values:batchGet"] => ("batchGet", ""),
            [_, "values:batchUpdate"] => ("batchUpdate", ""),
            [_, "values", var r] when r.EndsWith(":append", StringComparison.Ordinal) => ("append", Uri.UnescapeDataString(r[..^7])),
            [_, "values", var r] => ("get", Uri.UnescapeDataString(r)),
            _ => ("", ""),
        };
        if (kind.Length == 0 || (kind is "get" or "batchGet") != HttpMethods.IsGet(http.Request.Method))
        {
            await ErrorAsync(http, 404, "NOT_FOUND", "Requested entity was not found.");
            return;
        }
        var bearer = http.Request.Headers.Authorization.ToString();
        if (!bearer.StartsWith("Bearer ", StringComparison.Ordinal) || !sheets.IsValid(bearer[7..]))
        {
            await ErrorAsync(http, 401, "UNAUTHENTICATED", "Request had invalid authentication credentials. Expected OAuth 2 access token.");
            return;
        }
        if (sheets.Admit(http.Request.Method, kind, id, range) is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            await ErrorAsync(http, 429, "RESOURCE_EXHAUSTED",
                "Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per user'.");
            return;
        }
        if (sheets.Find(id) is not { } sheet)
        {
            await ErrorAsync(http, 404, "NOT_FOUND", "Requested entity was not found.");
            return;
        }
        try
        {
            var answer = kind switch
            {
                "get" => Get(sheet, range),
                "batchGet" => BatchGet(sheet, id, http.Request.Query["ranges"].Select(r => r ?? "")),
                "append" => SimSheetsWrites.Append(sheet, id, range, http.Request.Query["valueInputOption"] == "RAW", await BodyAsync(http)),
                _ => SimSheetsWrites.BatchUpdate(sheet, id, await BodyAsync(http)),
            };
            await ControlJson.WriteAsync(http, answer);
        }
        catch (Exception e) when (e is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            await ErrorAsync(http, 400, "INVALID_ARGUMENT", e.Message);
        }
    }

    private static object Get(SimSpreadsheet sheet, string range)
    {
        var parsed = SimA1Range.Parse(range);
        lock (sheet.Gate)
        {
            return new Dictionary<string, object> { ["range"] = range, ["majorDimension"] = "ROWS", ["values"] = sheet.Read(parsed) };
        }
    }

    private static object BatchGet(SimSpreadsheet sheet, string id, IEnumerable<string> ranges) => new Dictionary<string, object>
    {
        ["spreadsheetId"] = id,
        ["valueRanges"] = ranges.Select(r => Get(sheet, r)).ToList(),
    };

    private static async Task<JsonElement> BodyAsync(HttpContext http)
    {
        using var document = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
        return document.RootElement.Clone();
    }

    private static Task ErrorAsync(HttpContext http, int code, string status, string message) =>
        ControlJson.WriteAsync(http, new { error = new { code, message, status } }, code);
}
