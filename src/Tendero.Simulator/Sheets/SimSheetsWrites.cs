using System.Text.Json;

namespace Tendero.Simulator.Sheets;

/// <summary>append and batchUpdate with USER_ENTERED semantics (<see cref="SimCell.UserEntered"/>); RAW stores text as is.</summary>
internal static class SimSheetsWrites
{
    public static object Append(SimSpreadsheet sheet, string id, string range, bool raw, JsonElement body)
    {
        var parsed = SimA1Range.Parse(range);
        var rows = Rows(body);
        lock (sheet.Gate)
        {
            var start = sheet.NextRow(parsed.Tab);
            for (var r = 0; r < rows.Count; r++)
            {
                for (var c = 0; c < rows[r].Count; c++)
                {
                    sheet.Write(parsed.Tab, start + r, parsed.Col0 + c, raw ? Raw(rows[r][c]) : SimCell.UserEntered(rows[r][c]));
                }
            }
            var width = rows.Count == 0 ? 1 : Math.Max(1, rows.Max(r => r.Count));
            var updated = $"{Quote(parsed.Tab)}!{parsed.Column(parsed.Col0)}{start + 1}:{parsed.Column(parsed.Col0 + width - 1)}{start + rows.Count}";
            return new Dictionary<string, object>
            {
                ["spreadsheetId"] = id,
                ["tableRange"] = $"{Quote(parsed.Tab)}!A1:{parsed.Column(parsed.Col0 + width - 1)}{Math.Max(1, start)}",
                ["updates"] = new Dictionary<string, object> { ["updatedRange"] = updated, ["updatedRows"] = rows.Count },
            };
        }
    }

    public static object BatchUpdate(SimSpreadsheet sheet, string id, JsonElement body)
    {
        var raw = body.TryGetProperty("valueInputOption", out var option) && option.GetString() == "RAW";
        if (!raw && option.ValueKind == JsonValueKind.String && option.GetString() != "USER_ENTERED")
        {
            throw new FormatException("Invalid valueInputOption: use RAW or USER_ENTERED.");
        }
        var data = body.GetProperty("data").EnumerateArray().Select(d => (Range: SimA1Range.Parse(d.GetProperty("range").GetString()!), Rows: Rows(d))).ToList();
        var cells = 0;
        lock (sheet.Gate)
        {
            // Check every range first: a batch is all or nothing.
            data.ForEach(d => sheet.Tab(d.Range.Tab));
            foreach (var (range, rows) in data)
            {
                for (var r = 0; r < rows.Count; r++)
                {
                    for (var c = 0; c < rows[r].Count; c++)
                    {
                        sheet.Write(range.Tab, range.Row0 + r, range.Col0 + c, raw ? Raw(rows[r][c]) : SimCell.UserEntered(rows[r][c]));
                        cells++;
                    }
                }
            }
        }
        return new Dictionary<string, object> { ["spreadsheetId"] = id, ["totalUpdatedCells"] = cells, ["totalUpdatedRows"] = data.Count };
    }

    private static List<List<JsonElement>> Rows(JsonElement body) =>
        body.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array
            ? values.EnumerateArray().Select(r => r.EnumerateArray().ToList()).ToList()
            : [];

    private static SimCell Raw(JsonElement value) => value.ValueKind == JsonValueKind.String
        ? new SimCell("text", value.GetString(), value.GetString()!)
        : SimCell.UserEntered(value);

    private static string Quote(string tab) => "'" + tab.Replace("'", "''", StringComparison.Ordinal) + "'";
}
