using System.Text.Json;
using Spectre.Console;
using Tendero.Connectors.Sheets;

namespace Tendero.Cli;

/// <summary>What <c>tendero sheets</c> prints: a table or JSON for reads, one line for writes.</summary>
internal static class SheetsConsole
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> ReadAsync(IAnsiConsole console, ISheetTab tab, bool json, CancellationToken ct)
    {
        var headers = (await tab.HeadersAsync(ct)).Where(h => h.Length > 0).ToList();
        var rows = await tab.ReadAsync(ct);
        if (json)
        {
            var list = rows.Select(r => headers.ToDictionary(h => h, h => r.Values.GetValueOrDefault(h, "")));
            console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(list, Json));
            return 0;
        }
        // Cell text comes from the sheet and may hold [brackets], which Spectre would read as markup.
        var table = new Table().Title(Markup.Escape(tab.Name)).AddColumn("row");
        foreach (var h in headers)
        {
            table.AddColumn(Markup.Escape(h));
        }
        foreach (var r in rows)
        {
            table.AddRow([r.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), .. headers.Select(h => Markup.Escape(r.Values.GetValueOrDefault(h, "")))]);
        }
        console.Write(table);
        console.WriteLine($"{rows.Count} rows.");
        return 0;
    }

    public static async Task<int> AppendAsync(IAnsiConsole console, ISheetTab tab, IReadOnlyDictionary<string, object?> values, CancellationToken ct)
    {
        await tab.AppendAsync(values, ct);
        console.WriteLine($"Appended a row to {tab.Name}.");
        return 0;
    }

    public static async Task<int> UpdateAsync(
        IAnsiConsole console, ISheetTab tab, (string Column, string Value) key, IReadOnlyDictionary<string, object?> values, CancellationToken ct)
    {
        if (await tab.UpdateAsync(key.Column, key.Value, values, ct))
        {
            console.WriteLine($"Updated the row of {tab.Name} where {key.Column} is {key.Value}.");
            return 0;
        }
        await Console.Error.WriteLineAsync($"No row of {tab.Name} has {key.Column} = {key.Value}; nothing changed.");
        return 1;
    }
}
