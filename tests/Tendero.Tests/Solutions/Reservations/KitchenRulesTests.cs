using Tendero.Agents;
using Tendero.Config;
using Tendero.Connectors.EscPos;
using Tendero.Core.Chains;
using Tendero.Solutions.Reservations;

namespace Tendero.Tests.Solutions.Reservations;

/// <summary>Which bookings the kitchen hears about, what their tickets say, and how reminder answers and staff commands read.</summary>
public sealed class KitchenRulesTests
{
    private static readonly ReservationsConfig Config = new() { KitchenPrinter = "cocina", TicketFromParty = 8 };

    [Theory]
    [InlineData(2, "Alergia al maní", true)]
    [InlineData(2, "ALÉRGICO A LOS MARISCOS", true)]
    [InlineData(3, "vegetariana", true)]
    [InlineData(2, "celíaco", true)]
    [InlineData(4, "Cumpleaños, mesa en la terraza", false)]
    [InlineData(4, "", false)]
    [InlineData(8, "", true)]
    [InlineData(7, null, false)]
    public void Wants_AllergyDietOrLargeParty_True(int party, string? notes, bool expected) =>
        Assert.Equal(expected, KitchenTickets.Wants(Config, party, notes));

    [Fact]
    public void Allergies_KnownAllergensNamedOnce_UnknownAllergyKeptWhole()
    {
        Assert.Equal(["maní", "gluten"], KitchenNotes.Allergies("Alergia al MANI y sin gluten, maní!"));
        Assert.Equal(["alérgico al kiwi"], KitchenNotes.Allergies("alérgico al kiwi"));
        Assert.Empty(KitchenNotes.Allergies("aniversario"));
    }

    [Fact]
    public void Booking_AllergyNote_ReadsAsATicketWithTheAllergyAndLocalTime()
    {
        var business = new BusinessConfig("la-fonda", "La Fonda", TimeZoneInfo.FindSystemTimeZoneById("America/Panama"), "es",
            new Dictionary<string, string>(), null, null, null, "la-fonda.yaml");
        var booking = new ReservationConfirmed
        {
            ReservationId = "r1", Business = "la-fonda", Date = "2026-11-26", Time = "20:30", PartySize = 3, Name = "Ana", Notes = "alergia al maní",
            Status = ReservationStatus.Confirmed,
        };

        var ticket = TicketReader.Parse(KitchenTickets.Booking(business, booking).ToJsonString());

        Assert.Equal(new DateTimeOffset(2026, 11, 26, 20, 30, 0, TimeSpan.FromHours(-5)), ticket.Time);
        Assert.Equal(["maní"], ticket.Allergies);
        Assert.Equal((3, "personas", "alergia al maní"), (ticket.Items[0].Quantity, ticket.Items[0].Name, ticket.Items[0].Notes));
        Assert.NotNull(TicketReader.Parse(KitchenTickets.Cancellation(business, booking with { Status = ReservationStatus.Cancelled }).ToJsonString()));
    }

    [Fact]
    public void PrepSummary_NoBookingHoldingSeats_IsNull()
    {
        var business = new BusinessConfig("la-fonda", "La Fonda", TimeZoneInfo.Utc, "es", new Dictionary<string, string>(), null, null, null, "x.yaml");
        var cancelled = new Reservation
        {
            Id = "r", Business = "la-fonda", Date = new DateOnly(2026, 11, 26), Time = new TimeOnly(20, 0), PartySize = 2, Status = ReservationStatus.Cancelled,
        };

        Assert.Null(KitchenTickets.PrepSummary(business, cancelled.Date, new TimeOnly(17, 0), [cancelled], DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void ReminderPayload_RoundTrips_AndItsButtonAcksTheChain()
    {
        var payload = ReminderAnswers.Payload(ReminderAnswers.Cancel, new DateOnly(2026, 11, 26), "sheet:12");

        Assert.Equal("reservation:cancel:2026-11-26:sheet:12", payload);
        Assert.True(ReminderAnswers.TryParse(payload, out var action, out var date, out var id));
        Assert.Equal((ReminderAnswers.Cancel, new DateOnly(2026, 11, 26), "sheet:12"), (action, date, id));
        Assert.False(ReminderAnswers.TryParse("reservation:maybe:2026-11-26:r1", out _, out _, out _));
        Assert.False(ReminderAnswers.TryParse("ack:12", out _, out _, out _));
        Assert.Equal(ChainSignal.Acked, AckCodes.Classify(5, "callback", payload));
        Assert.Equal(ChainSignal.Acked, AckCodes.Classify(5, "button", "Cancelar"));
        Assert.Null(AckCodes.Classify(5, "callback", "ack:6"));
    }

    [Theory]
    [InlineData("/hoy", "today", null)]
    [InlineData("/Today", "today", null)]
    [InlineData("/mañana", "tomorrow", null)]
    [InlineData("/manana@LaFondaBot", "tomorrow", null)]
    [InlineData("/tomorrow", "tomorrow", null)]
    [InlineData("/sentado 3", "seated", "3")]
    [InlineData("/noshow #r-12", "no_show", "r-12")]
    [InlineData("/no-show 2", "no_show", "2")]
    public void Parse_StaffCommands_CommandAndArgument(string text, string command, string? argument) =>
        Assert.Equal((command, argument), StaffReservationCommands.Parse(text));

    [Theory]
    [InlineData("hoy")]
    [InlineData("/sentado")]
    [InlineData("¿tienen mesa hoy?")]
    [InlineData("/bot 12")]
    public void Parse_NotACommand_Null(string text) => Assert.Null(StaffReservationCommands.Parse(text));
}
