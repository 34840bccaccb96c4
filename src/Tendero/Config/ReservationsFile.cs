namespace Tendero.Config;

// The reservations: section as written.
internal sealed class ReservationsFile
{
    public string? BookingsTab { get; set; }
    public string? CapacityTab { get; set; }
    public string? MenuTab { get; set; }
    public string? KitchenPrinter { get; set; }
    public int? TicketFromParty { get; set; }
    public string? PrepSummaryAt { get; set; }
    public string? ReminderAt { get; set; }
    public string? ReminderPolicy { get; set; }
    public List<string>? Staff { get; set; }
}
