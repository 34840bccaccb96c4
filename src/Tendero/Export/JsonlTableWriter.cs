using System.Text.Encodings.Web;
using System.Text.Json;

namespace Tendero.Export;

/// <summary>
/// One table as JSON Lines: an object per row, the columns' snake_case names, times ISO 8601 with offset, numbers as
/// numbers, text as it is (JSON cannot run formulas, so nothing is guarded), null as null.
/// </summary>
public sealed class JsonlTableWriter : IDisposable
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    private readonly FileStream stream;
    private readonly IReadOnlyList<ColumnInfo> columns;
    private readonly TimeZoneInfo zone;

    public JsonlTableWriter(string path, IReadOnlyList<ColumnInfo> columns, TimeZoneInfo zone)
    {
        stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        this.columns = columns;
        this.zone = zone;
    }

    public void Write(object?[] row)
    {
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            for (var i = 0; i < columns.Count; i++)
            {
                WriteValue(json, columns[i], row[i], zone);
            }
            json.WriteEndObject();
        }
        stream.Write(NewLine);
    }

    public static void WriteValue(Utf8JsonWriter json, ColumnInfo column, object? value, TimeZoneInfo zone)
    {
        json.WritePropertyName(column.Name);
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case long ms when CellText.IsTime(column, ms):
                json.WriteStringValue(CellText.Time(ms, zone));
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case double d:
                json.WriteNumberValue(d);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case byte[] bytes:
                json.WriteBase64StringValue(bytes);
                break;
            default:
                json.WriteStringValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }

    public void Dispose() => stream.Dispose();
}
