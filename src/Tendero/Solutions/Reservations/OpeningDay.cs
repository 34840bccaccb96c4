namespace Tendero.Solutions.Reservations;

/// <summary>
/// One day's capacity from the <c>Capacidad</c> tab: the first and last booking times (the last seating is
/// <see cref="Closes"/> minus <see cref="Turn"/>, so every table is free by closing), the seats, how long a booking
/// holds its seats, and how many covers the kitchen can start in one 15-minute window.
/// </summary>
public sealed record OpeningDay(TimeOnly Opens, TimeOnly Closes, int Seats, TimeSpan Turn, int KitchenPer15)
{
    public TimeOnly LastSeating => Closes.Add(-Turn);
}
