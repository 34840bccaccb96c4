using System.Globalization;

namespace Tendero.Solutions.Reservations;

/// <summary>
/// The <c>Capacidad</c> tab, one row per weekday (<c>Martes</c>, <c>Tuesday</c>, <c>mar</c>) or per date (a holiday, a
/// private event): Día | Abre | Cierra | Plazas | Turno (min) | Cocina 15 min. A date row overrides its weekday. A day
/// without a row, or whose Abre says <c>cerrado</c>/<c>closed</c> (or is empty), is closed.
/// </summary>
public sealed class CapacityTable(IReadOnlyDictionary<DayOfWeek, OpeningDay?> weekdays, IReadOnlyDictionary<DateOnly, OpeningDay?> dates)
{
    public static readonly IReadOnlyList<string> Headers = ["Día", "Abre", "Cierra", "Plazas", "Turno (min)", "Cocina 15 min"];

    private static readonly Dictionary<string, DayOfWeek> Days = new()
    {
        ["lunes"] = DayOfWeek.Monday, ["lun"] = DayOfWeek.Monday, ["monday"] = DayOfWeek.Monday, ["mon"] = DayOfWeek.Monday,
        ["martes"] = DayOfWeek.Tuesday, ["mar"] = DayOfWeek.Tuesday, ["tuesday"] = DayOfWeek.Tuesday, ["tue"] = DayOfWeek.Tuesday,
        ["miercoles"] = DayOfWeek.Wednesday, ["mie"] = DayOfWeek.Wednesday, ["wednesday"] = DayOfWeek.Wednesday, ["wed"] = DayOfWeek.Wednesday,
        ["jueves"] = DayOfWeek.Thursday, ["jue"] = DayOfWeek.Thursday, ["thursday"] = DayOfWeek.Thursday, ["thu"] = DayOfWeek.Thursday,
        ["viernes"] = DayOfWeek.Friday, ["vie"] = DayOfWeek.Friday, ["friday"] = DayOfWeek.Friday, ["fri"] = DayOfWeek.Friday,
        ["sabado"] = DayOfWeek.Saturday, ["sab"] = DayOfWeek.Saturday, ["saturday"] = DayOfWeek.Saturday, ["sat"] = DayOfWeek.Saturday,
        ["domingo"] = DayOfWeek.Sunday, ["dom"] = DayOfWeek.Sunday, ["sunday"] = DayOfWeek.Sunday, ["sun"] = DayOfWeek.Sunday,
    };

    public OpeningDay? For(DateOnly date) =>
        dates.TryGetValue(date, out var special) ? special : weekdays.GetValueOrDefault(date.DayOfWeek);

    /// <summary>Reads the tab's rows (cells by header); <paramref name="skipped"/> gets each row it could not read and why.</summary>
    public static CapacityTable Read(IEnumerable<(int Number, IReadOnlyDictionary<string, string> Cells)> rows, Action<int, string> skipped)
    {
        var weekdays = new Dictionary<DayOfWeek, OpeningDay?>();
        var dates = new Dictionary<DateOnly, OpeningDay?>();
        foreach (var (number, cells) in rows)
        {
            var folded = cells.ToDictionary(c => SheetText.Fold(c.Key), c => c.Value);
            string Get(params string[] names) => names.Select(n => folded.GetValueOrDefault(n)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) ?? "";
            var dayText = SheetText.Fold(Get("dia", "day", "fecha", "date"));
            DayOfWeek? weekday = Days.TryGetValue(dayText, out var d) ? d : null;
            var date = weekday is null ? SheetText.Date(Get("dia", "day", "fecha", "date")) : null;
            if (weekday is null && date is null)
            {
                skipped(number, $"the day '{Get("dia", "day", "fecha", "date")}' is neither a weekday nor a date");
                continue;
            }
            var day = Day(Get("abre", "opens", "open", "apertura"), Get("cierra", "closes", "close", "cierre"), Get("plazas", "seats", "asientos"),
                Get("turno min", "turno", "turn min", "turn", "duracion min"), Get("cocina 15 min", "cocina", "kitchen 15 min", "kitchen"), out var problem);
            if (problem is not null)
            {
                skipped(number, problem);
                continue;
            }
            if (weekday is { } w)
            {
                weekdays[w] = day;
            }
            else
            {
                dates[date!.Value] = day;
            }
        }
        return new CapacityTable(weekdays, dates);
    }

    private static OpeningDay? Day(string opens, string closes, string seats, string turn, string kitchen, out string? problem)
    {
        problem = null;
        var folded = SheetText.Fold(opens);
        if (folded.Length == 0 || folded.StartsWith("cerrad", StringComparison.Ordinal) || folded == "closed")
        {
            return null;
        }
        if (SheetText.Time(opens) is not { } open || SheetText.Time(closes) is not { } close || close <= open)
        {
            problem = $"the hours '{opens}'-'{closes}' are not two times of one day";
            return null;
        }
        if (SheetText.Count(seats) is not ({ } s and > 0) || SheetText.Count(kitchen) is not ({ } k and > 0))
        {
            problem = $"the seats '{seats}' and kitchen covers '{kitchen}' must be whole numbers above 0";
            return null;
        }
        var minutes = SheetText.Count(turn) ?? 120;
        if (minutes is < 15 or > 720 || TimeSpan.FromMinutes(minutes) > close - open)
        {
            problem = $"the turn '{turn}' must be 15-720 minutes and fit between opening and closing";
            return null;
        }
        return new OpeningDay(open, close, s, TimeSpan.FromMinutes(minutes), k);
    }

    public override string ToString() => string.Join(", ", weekdays.Select(w => w.Key.ToString()).Concat(dates.Keys.Select(d => d.ToString("O", CultureInfo.InvariantCulture))));
}
