using System.Globalization;

namespace Tendero.Config;

/// <summary>
/// Checks the <c>reservations:</c> section: its three tabs are names under <c>sheets.tabs</c>, the kitchen printer a
/// name under <c>printers:</c>, the reminder policy (when given) a name under <c>policies:</c>, and the staff ids people
/// under <c>staff:</c>. Times are 24-hour local times such as 17:00, or <c>none</c>.
/// </summary>
internal static class ReservationsMapper
{
    public static ReservationsConfig? Reservations(ReservationsFile? file, BusinessConfig business, FieldChecker check)
    {
        if (file is null)
        {
            return null;
        }
        var defaults = new ReservationsConfig();
        if (business.Sheets is null)
        {
            check.Fail("reservations", "needs a sheets: section (a Google Sheet or a local workbook) holding its tabs");
        }
        var config = new ReservationsConfig
        {
            BookingsTab = Tab("reservations.bookings_tab", file.BookingsTab, defaults.BookingsTab, business, check),
            CapacityTab = Tab("reservations.capacity_tab", file.CapacityTab, defaults.CapacityTab, business, check),
            MenuTab = Tab("reservations.menu_tab", file.MenuTab, defaults.MenuTab, business, check),
            KitchenPrinter = string.IsNullOrWhiteSpace(file.KitchenPrinter) ? null : file.KitchenPrinter.Trim(),
            TicketFromParty = file.TicketFromParty ?? defaults.TicketFromParty,
            PrepSummaryAt = Time("reservations.prep_summary_at", file.PrepSummaryAt, defaults.PrepSummaryAt, check),
            ReminderAt = Time("reservations.reminder_at", file.ReminderAt, defaults.ReminderAt, check),
            ReminderPolicy = string.IsNullOrWhiteSpace(file.ReminderPolicy) ? defaults.ReminderPolicy : file.ReminderPolicy.Trim(),
            Staff = [.. (file.Staff ?? []).Select(s => s.Trim())],
        };
        if (config.KitchenPrinter is { } printer && !business.Printers.ContainsKey(printer))
        {
            check.Fail("reservations.kitchen_printer", $"'{printer}' is not under printers: ({Known(business.Printers.Keys)})");
        }
        if (config.TicketFromParty < 1)
        {
            check.Fail("reservations.ticket_from_party", $"{config.TicketFromParty} must be a party size of 1 or more");
        }
        if (file.ReminderPolicy is { Length: > 0 } && !business.Policies.ContainsKey(config.ReminderPolicy))
        {
            check.Fail("reservations.reminder_policy", $"'{config.ReminderPolicy}' is not under policies: ({Known(business.Policies.Keys)})");
        }
        foreach (var id in config.Staff.Where(id => !business.Staff.Any(p => p.Id == id)))
        {
            check.Fail("reservations.staff", $"'{id}' is not the id of anyone under staff: ({Known(business.Staff.Select(p => p.Id))})");
        }
        return config;
    }

    private static string Tab(string field, string? value, string fallback, BusinessConfig business, FieldChecker check)
    {
        var tab = string.IsNullOrWhiteSpace(value) ? fallback : value.Trim();
        if (business.Sheets is { } sheets && sheets.Tab(tab) is null)
        {
            check.Fail(field, $"'{tab}' is not a tab under sheets.tabs ({Known(sheets.Tabs.Keys)})");
        }
        return tab;
    }

    private static TimeOnly? Time(string field, string? value, TimeOnly? fallback, FieldChecker check)
    {
        if (value is null)
        {
            return fallback;
        }
        if (value.Trim().ToLowerInvariant() is "none" or "off" or "no" or "")
        {
            return null;
        }
        if (TimeOnly.TryParseExact(value.Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }
        check.Fail(field, $"'{value}' is not a 24-hour time such as 17:00 (or none)");
        return fallback;
    }

    private static string Known(IEnumerable<string> names) =>
        names.Any() ? "there are: " + string.Join(", ", names) : "there are none";
}
