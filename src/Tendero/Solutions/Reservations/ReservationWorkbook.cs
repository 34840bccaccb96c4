using Tendero.Config;
using Tendero.Connectors.Sheets;

namespace Tendero.Solutions.Reservations;

/// <summary>
/// The local workbook standing in for a restaurant's Sheet: <c>Reservas</c> (headers only), <c>Capacidad</c> (Tuesday to
/// Sunday 12:00-23:00, 40 seats, 2-hour turns, 24 covers per 15 minutes; closed on Mondays, as La Fonda's hours say)
/// and <c>Menú</c> (twelve Panamanian dishes with ingredients and allergens). The tab names are the business's.
/// </summary>
public static class ReservationWorkbook
{
    public static readonly IReadOnlyList<string> MenuHeaders = ["Plato", "Ingredientes", "Alérgenos"];

    private static readonly string[][] Menu =
    [
        ["Sancocho de gallina", "gallina, ñame, mazorca, culantro, cebolla, ajo", ""],
        ["Ropa vieja", "carne de res desmechada, tomate, pimentón, cebolla, ajo", ""],
        ["Arroz con pollo", "arroz, pollo, guandú, pimentón, achiote, aceitunas", ""],
        ["Corvina a la plancha", "corvina, limón, mantequilla, ajo", "pescado, lácteos"],
        ["Ceviche de corvina", "corvina, limón, cebolla, ají chombo, culantro", "pescado"],
        ["Camarones al ajillo", "camarones, ajo, mantequilla, vino blanco", "crustáceos, lácteos, sulfitos"],
        ["Patacones", "plátano verde, sal, aceite vegetal", ""],
        ["Carimañolas", "yuca, carne molida, cebolla, ajo, huevo", "huevo"],
        ["Hojaldras", "harina de trigo, levadura, azúcar, aceite", "gluten"],
        ["Tamal de olla", "maíz, pollo, tomate, pimentón, aceitunas", ""],
        ["Arroz con coco y guandú", "arroz, guandú, leche de coco", ""],
        ["Tres leches", "harina de trigo, huevo, leche condensada, leche evaporada, crema", "gluten, huevo, lácteos"],
    ];

    /// <summary>Creates the workbook at <paramref name="path"/> (it must not exist) with the three tabs filled in.</summary>
    public static async Task CreateAsync(string path, BusinessConfig business, TimeProvider time, CancellationToken ct)
    {
        var (bookings, capacity, menu) = Names(business);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await LocalWorkbook.CreateAsync(path, new Dictionary<string, IReadOnlyList<string>>
        {
            [bookings] = BookingColumns.Default,
            [capacity] = CapacityTable.Headers,
            [menu] = MenuHeaders,
        }, ct);
        var capacityTab = new LocalSheetTab(path, capacity, new HashSet<string>(), time);
        var days = new[] { "Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Sábado", "Domingo" };
        foreach (var day in days)
        {
            var open = day != "Lunes";
            await capacityTab.AppendAsync(new Dictionary<string, object?>
            {
                ["Día"] = day, ["Abre"] = open ? "12:00" : "Cerrado", ["Cierra"] = open ? "23:00" : "",
                ["Plazas"] = open ? 40L : null, ["Turno (min)"] = open ? 120L : null, ["Cocina 15 min"] = open ? 24L : null,
            }, ct);
        }
        var menuTab = new LocalSheetTab(path, menu, new HashSet<string>(), time);
        foreach (var dish in Menu)
        {
            await menuTab.AppendAsync(new Dictionary<string, object?> { ["Plato"] = dish[0], ["Ingredientes"] = dish[1], ["Alérgenos"] = dish[2] }, ct);
        }
    }

    /// <summary>
    /// For the demo: deletes the business's local workbook, creates it afresh and seeds <paramref name="day"/>'s evening
    /// (six bookings from 19:00 to 21:00, one of them typed by hand without an id, one a party of 10 with a peanut
    /// allergy), with a Capacidad row for that date: the terrace open, 60 seats and 30 covers per 15 minutes (a Monday
    /// too, when La Fonda is otherwise closed). Returns the workbook's path. Throws when the business has no
    /// <c>reservations:</c> or no local workbook.
    /// </summary>
    public static async Task<string> ResetDemoAsync(BusinessConfig business, DateOnly day, TimeProvider time, CancellationToken ct)
    {
        if (business.Reservations is null || business.Sheets is not { Workbook: { } path, CredentialsFile: null })
        {
            throw new InvalidOperationException($"The business '{business.Id}' has no reservations: section on a local workbook to reset.");
        }
        if (File.Exists(path))
        {
            File.Delete(path);
        }
        await CreateAsync(path, business, time, ct);
        // The demo's day has the terrace open: a date row (which overrides its weekday, a Monday's closing too) gives it
        // 60 seats and a kitchen of 30 covers per 15 minutes, as staff would write for a busy day.
        await new LocalSheetTab(path, Names(business).Capacity, new HashSet<string>(), time).AppendAsync(new Dictionary<string, object?>
        {
            ["Día"] = ReservationStore.Iso(day), ["Abre"] = "12:00", ["Cierra"] = "23:00", ["Plazas"] = 60L, ["Turno (min)"] = 120L, ["Cocina 15 min"] = 30L,
        }, ct);
        var tab = new LocalSheetTab(path, Names(business).Bookings, new HashSet<string>(), time);
        var status = StatusWords.ToSheet(ReservationStatus.Confirmed, business.Language);
        (string Id, string Time, string Name, long Party, string Phone, string Channel, string Notes)[] seed =
        [
            ("D-0001", "19:00", "Ana Pérez", 2, "+50760001001", "whatsapp", ""),
            ("D-0002", "19:30", "Familia Chen", 10, "+50760001002", "whatsapp", "Alergia al maní; cumpleaños"),
            ("D-0003", "20:00", "Luis Rodríguez", 4, "+50760001003", "telegram", ""),
            ("", "20:00", "Marta (llamó)", 6, "+50760001004", "teléfono", "Mesa en la terraza"),
            ("D-0004", "20:30", "Carlos Gómez", 3, "+50760001005", "sms", "Vegetariano"),
            ("D-0005", "21:00", "Sofía Morales", 2, "+50760001006", "whatsapp", ""),
        ];
        foreach (var b in seed)
        {
            await tab.AppendAsync(new Dictionary<string, object?>
            {
                ["ID"] = b.Id.Length > 0 ? b.Id : null, ["Fecha"] = ReservationStore.Iso(day), ["Hora"] = b.Time, ["Nombre"] = b.Name,
                ["Personas"] = b.Party, ["Teléfono"] = b.Phone, ["Canal"] = b.Channel, ["Notas"] = b.Notes, ["Estado"] = status,
            }, ct);
        }
        return path;
    }

    private static (string Bookings, string Capacity, string Menu) Names(BusinessConfig business)
    {
        var config = business.Reservations ?? new ReservationsConfig();
        string Name(string key) => business.Sheets?.Tab(key)?.Name ?? key;
        return (Name(config.BookingsTab), Name(config.CapacityTab), Name(config.MenuTab));
    }
}
