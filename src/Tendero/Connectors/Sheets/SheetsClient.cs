using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Tendero.Connectors.Sheets;

/// <summary>
/// The Sheets v4 values calls Tendero makes, over plain HTTP (REFERENCE §8): get, batchGet, append and batchUpdate of one
/// spreadsheet. Wire only: no retries here; a refusal is a <see cref="SheetsApiException"/> that says whether to retry.
/// Ranges are escaped whole (<c>Uri.EscapeDataString</c>), so a tab called <c>Mi hoja!</c> cannot break the path.
/// </summary>
public sealed class SheetsClient(HttpClient http, Uri baseUrl, string spreadsheetId, GoogleToken token)
{
    /// <summary>Text and numbers as typed (see <see cref="CellValue"/> for why not RAW).</summary>
    public const string ValueInput = "USER_ENTERED";

    private readonly string root = $"{baseUrl.AbsoluteUri.TrimEnd('/')}/v4/spreadsheets/{Uri.EscapeDataString(spreadsheetId)}/values";

    public string SpreadsheetId => spreadsheetId;

    public Task<ValueRange> GetAsync(string range, CancellationToken ct) =>
        SendAsync(HttpMethod.Get, $"{root}/{Uri.EscapeDataString(range)}?majorDimension=ROWS", null, SheetsJson.Default.ValueRange, ct);

    public async Task<IReadOnlyList<ValueRange>> BatchGetAsync(IEnumerable<string> ranges, CancellationToken ct)
    {
        var query = string.Join("&", ranges.Select(r => "ranges=" + Uri.EscapeDataString(r)));
        var answer = await SendAsync(HttpMethod.Get, $"{root}:batchGet?majorDimension=ROWS&{query}", null, SheetsJson.Default.BatchGetResponse, ct);
        return answer.ValueRanges ?? [];
    }

    /// <summary>Appends rows after the table found in <paramref name="range"/>, inserting new rows (never overwriting what is below).</summary>
    public Task<AppendResponse> AppendAsync(string range, List<List<System.Text.Json.Nodes.JsonNode?>> rows, CancellationToken ct) =>
        SendAsync(HttpMethod.Post, $"{root}/{Uri.EscapeDataString(range)}:append?valueInputOption={ValueInput}&insertDataOption=INSERT_ROWS",
            JsonContent.Create(new ValueRange(range, rows), SheetsJson.Default.ValueRange), SheetsJson.Default.AppendResponse, ct);

    /// <summary>Sets many ranges in one request; Sheets applies the batch atomically.</summary>
    public Task<BatchUpdateResponse> BatchUpdateAsync(List<ValueRange> data, CancellationToken ct) =>
        SendAsync(HttpMethod.Post, $"{root}:batchUpdate",
            JsonContent.Create(new BatchUpdateRequest(ValueInput, data), SheetsJson.Default.BatchUpdateRequest), SheetsJson.Default.BatchUpdateResponse, ct);

    private async Task<T> SendAsync<T>(HttpMethod method, string url, HttpContent? body, JsonTypeInfo<T> type, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await token.GetAsync(ct));
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw await ErrorAsync(response, ct);
        }
        return await response.Content.ReadFromJsonAsync(type, ct)
            ?? throw new SheetsApiException(response.StatusCode, null, "The Sheets API answered with an empty body.");
    }

    private static async Task<SheetsApiException> ErrorAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var retryAfter = response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - (response.Headers.Date ?? date),
            _ => (TimeSpan?)null,
        };
        string? message = null;
        try
        {
            message = (await response.Content.ReadFromJsonAsync(SheetsJson.Default.GoogleErrorBody, ct))?.Error?.Message;
        }
        catch (JsonException)
        {
            // Not Google's error shape (a proxy's page): the status says enough.
        }
        var code = (int)response.StatusCode;
        var text = response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => "the Sheets quota (60 requests a minute) is used up",
            HttpStatusCode.Forbidden => "the service account may not open this Sheet: share it (Editor) with the account's client_email",
            HttpStatusCode.NotFound => "no such spreadsheet or tab",
            _ => $"the Sheets API answered {code}",
        };
        return new SheetsApiException(response.StatusCode, retryAfter, message is { Length: > 0 } ? $"{text}: {Short(message)}" : text);
    }

    private static string Short(string text) => text.Length <= 300 ? text : text[..300];
}
