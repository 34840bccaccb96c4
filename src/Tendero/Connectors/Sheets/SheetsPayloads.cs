using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Tendero.Connectors.Sheets;

// The Sheets v4 values wire records (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values).

/// <summary><c>{"range":"'Reservas'!A1:H3","majorDimension":"ROWS","values":[[…]]}</c>; rows and rows' trailing empty cells may be missing.</summary>
public sealed record ValueRange(
    [property: JsonPropertyName("range")] string Range,
    [property: JsonPropertyName("values")] List<List<JsonNode?>>? Values)
{
    [JsonPropertyName("majorDimension")] public string MajorDimension { get; init; } = "ROWS";
}

public sealed record BatchGetResponse(
    [property: JsonPropertyName("spreadsheetId")] string? SpreadsheetId,
    [property: JsonPropertyName("valueRanges")] List<ValueRange>? ValueRanges);

public sealed record BatchUpdateRequest(
    [property: JsonPropertyName("valueInputOption")] string ValueInputOption,
    [property: JsonPropertyName("data")] List<ValueRange> Data);

public sealed record BatchUpdateResponse(
    [property: JsonPropertyName("totalUpdatedCells")] int? TotalUpdatedCells);

public sealed record AppendResponse(
    [property: JsonPropertyName("tableRange")] string? TableRange,
    [property: JsonPropertyName("updates")] AppendUpdates? Updates);

public sealed record AppendUpdates(
    [property: JsonPropertyName("updatedRange")] string? UpdatedRange,
    [property: JsonPropertyName("updatedRows")] int? UpdatedRows);

/// <summary>Google's error body: <c>{"error":{"code":429,"message":"…","status":"RESOURCE_EXHAUSTED"}}</c>.</summary>
public sealed record GoogleErrorBody([property: JsonPropertyName("error")] GoogleError? Error);

public sealed record GoogleError(
    [property: JsonPropertyName("code")] int Code,
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("status")] string? Status);

[JsonSerializable(typeof(ValueRange))]
[JsonSerializable(typeof(BatchGetResponse))]
[JsonSerializable(typeof(BatchUpdateRequest))]
[JsonSerializable(typeof(BatchUpdateResponse))]
[JsonSerializable(typeof(AppendResponse))]
[JsonSerializable(typeof(GoogleErrorBody))]
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
internal sealed partial class SheetsJson : JsonSerializerContext;
