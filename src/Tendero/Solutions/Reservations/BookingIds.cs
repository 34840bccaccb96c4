using System.Security.Cryptography;

namespace Tendero.Solutions.Reservations;

/// <summary>Ids for bookings Tendero takes: <c>R-</c> and eight letters or digits staff can read out (no 0/O, 1/I).</summary>
public static class BookingIds
{
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public static string New() => "R-" + RandomNumberGenerator.GetString(Alphabet, 8);
}
