namespace Tendero.Solutions.Reservations;

/// <summary>
/// Where each field of a booking sits in the <c>Reservas</c> tab: the sheet's own header text for each field, found by
/// folded name or synonym (ID, Fecha, Hora, Nombre, Personas, Teléfono, Canal, Notas, Estado, or their English names),
/// whatever the order; other columns are left alone.
/// </summary>
public sealed record BookingColumns(IReadOnlyDictionary<string, string> Headers)
{
    public const string Id = "id";
    public const string Date = "date";
    public const string Time = "time";
    public const string Name = "name";
    public const string Party = "party_size";
    public const string Phone = "phone";
    public const string Channel = "channel";
    public const string Notes = "notes";
    public const string Status = "status";

    /// <summary>The headers Tendero writes when it creates the tab.</summary>
    public static readonly IReadOnlyList<string> Default = ["ID", "Fecha", "Hora", "Nombre", "Personas", "Teléfono", "Canal", "Notas", "Estado"];

    private static readonly Dictionary<string, string[]> Synonyms = new()
    {
        [Id] = ["id", "codigo", "reserva id", "booking id", "ref"],
        [Date] = ["fecha", "date", "dia", "day"],
        [Time] = ["hora", "time", "horario"],
        [Name] = ["nombre", "name", "cliente", "customer"],
        [Party] = ["personas", "party", "party size", "pax", "guests", "comensales", "cubiertos", "covers"],
        [Phone] = ["telefono", "phone", "tel", "celular", "movil", "whatsapp", "contacto"],
        [Channel] = ["canal", "channel", "via", "origen"],
        [Notes] = ["notas", "notes", "nota", "comentarios", "observaciones", "alergias"],
        [Status] = ["estado", "status"],
    };

    public static BookingColumns From(IEnumerable<string> headers)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var header in headers)
        {
            var folded = SheetText.Fold(header);
            foreach (var (field, names) in Synonyms)
            {
                if (!found.ContainsKey(field) && names.Contains(folded))
                {
                    found[field] = header;
                }
            }
        }
        return new BookingColumns(found);
    }

    public string? this[string field] => Headers.GetValueOrDefault(field);

    /// <summary>The cell of <paramref name="field"/> in a row, empty when the tab lacks the column.</summary>
    public string Cell(IReadOnlyDictionary<string, string> row, string field) =>
        Headers.TryGetValue(field, out var header) && row.TryGetValue(header, out var value) ? value : "";
}
