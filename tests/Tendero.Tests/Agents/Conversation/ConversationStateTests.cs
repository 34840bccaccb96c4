using System.Text.Json;
using Tendero.Agents.Conversation;

namespace Tendero.Tests.Agents.Conversation;

public sealed class ConversationStateTests
{
    private static readonly ConversationState Full = ConversationState.Start("en", Chat.Start) with
    {
        Mode = DialogMode.Handoff,
        Goal = DialogGoal.Change,
        Slots = new ReservationSlots { BookingDate = "2026-11-27", Time = "21:00", PartySize = 6, Name = "Ana", Dietary = ["vegano"] },
        Pending = PendingStep.PartySize,
        Turns = 7,
    };

    [Fact]
    public void FromJson_OfToJson_GivesTheSameState()
    {
        var back = ConversationState.FromJson(Full.ToJson());

        Assert.Equal(Full.ToJson(), back.ToJson());
        Assert.Equal((1, "en", DialogMode.Handoff, DialogGoal.Change, PendingStep.PartySize, Chat.Start, 7),
            (back.Version, back.Language, back.Mode, back.Goal, back.Pending, back.LastInboundAt, back.Turns));
        Assert.Equal(["vegano"], back.Slots.Dietary);
        Assert.Equal(("2026-11-27", "21:00", 6), (back.Slots.BookingDate, back.Slots.Time, back.Slots.PartySize));
    }

    [Fact]
    public void ToJson_UsesSnakeCaseNamesAndWords()
    {
        var json = JsonDocument.Parse(Full.ToJson()).RootElement;

        Assert.Equal("handoff", json.GetProperty("mode").GetString());
        Assert.Equal("reservation.change", json.GetProperty("goal").GetString());
        Assert.Equal("party_size", json.GetProperty("pending").GetString());
        Assert.Equal("2026-11-26T13:00:00-05:00", json.GetProperty("last_inbound_at").GetString());
        Assert.Equal(6, json.GetProperty("slots").GetProperty("party_size").GetInt32());
        Assert.Equal("2026-11-27", json.GetProperty("slots").GetProperty("booking_date").GetString());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("""{"version":1,"language":"es"}""")]
    [InlineData("""{"version":1,"language":"es","last_inbound_at":"2026-11-26T13:00:00-05:00","mode":"robot"}""")]
    [InlineData("""{"version":1,"language":"es","last_inbound_at":"2026-11-26T13:00:00-05:00","mode":1}""")]
    [InlineData("""{"version":1,"language":"es","last_inbound_at":"2026-11-26T13:00:00-05:00","slots":null}""")]
    [InlineData("""{"version":2,"language":"es","last_inbound_at":"2026-11-26T13:00:00-05:00"}""")]
    [InlineData("""{"version":1,"language":"","last_inbound_at":"2026-11-26T13:00:00-05:00"}""")]
    public void FromJson_Garbage_ThrowsFormatExceptionNamingTheState(string json)
    {
        var e = Assert.Throws<FormatException>(() => ConversationState.FromJson(json));
        Assert.Contains("saved conversation state", e.Message);
    }

    [Fact]
    public void DialogAction_AsJson_CarriesItsTypeAndSnakeCaseFields()
    {
        DialogAction action = new DialogAction.ReservationRequested(DialogGoal.Cancel, new ReservationSlots { BookingDate = "2026-11-27" });

        var json = JsonDocument.Parse(JsonSerializer.Serialize(action)).RootElement;

        Assert.Equal("reservation_requested", json.GetProperty("type").GetString());
        Assert.Equal("reservation.cancel", json.GetProperty("goal").GetString());
        Assert.Equal("2026-11-27", json.GetProperty("slots").GetProperty("booking_date").GetString());
    }
}
