namespace Tendero.Solutions.Reservations;

/// <summary>How <see cref="MemoryReservationBook"/> seats people. The defaults are La Fonda's evening as the eval plays it.</summary>
public sealed record MemoryBookOptions
{
    /// <summary>Seats in each slot (all tables together). Default 20.</summary>
    public int SeatsPerSlot { get; init; } = 20;

    /// <summary>Slot length in minutes. Default 30.</summary>
    public int SlotMinutes { get; init; } = 30;

    public TimeOnly Opens { get; init; } = new(12, 0);

    /// <summary>The latest time a party can be seated. Default 22:00.</summary>
    public TimeOnly LastSeating { get; init; } = new(22, 0);

    /// <summary>Days the restaurant is closed. Default Monday.</summary>
    public IReadOnlyList<DayOfWeek> ClosedDays { get; init; } = [DayOfWeek.Monday];

    /// <summary>How many alternative times a refusal offers. Default 2.</summary>
    public int MaxAlternatives { get; init; } = 2;

    public IReadOnlyList<MenuDish> Menu { get; init; } = SampleMenu.LaFonda;
}
