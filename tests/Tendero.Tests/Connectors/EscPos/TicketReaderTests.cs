using Tendero.Connectors.EscPos;

namespace Tendero.Tests.Connectors.EscPos;

public sealed class TicketReaderTests
{
    [Fact]
    public void Parse_FullTicket_ReadsEveryField()
    {
        var ticket = TicketReader.Parse(Tickets.Json);

        Assert.Equal(("Cocina", "4", "Ana Núñez", 32), (ticket.Title, ticket.Table, ticket.Customer, ticket.Width));
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 20, 15, 0, TimeSpan.FromHours(-5)), ticket.Time);
        Assert.Equal([new TicketItem(2, "Sancocho", "sin cilantro"), new TicketItem(1, "Ñame frito", null)], ticket.Items);
        Assert.Equal(["maní", "gluten"], ticket.Allergies);
        Assert.Equal("Mesero: Luis", ticket.Footer);
    }

    [Theory]
    [InlineData("""{"table":"4","time":"2026-11-26T20:15:00Z","items":[{"quantity":1,"name":"x"}]}""", "title: is required")]
    [InlineData("""{"title":"C","time":"2026-11-26T20:15:00Z","items":[{"quantity":1,"name":"x"}]}""", "table: give the table or the customer")]
    [InlineData("""{"title":"C","table":"4","time":"2026-11-26 20:15","items":[{"quantity":1,"name":"x"}]}""", "time: '2026-11-26 20:15' is not an ISO 8601 time with its offset")]
    [InlineData("""{"title":"C","table":"4","time":"2026-11-26T20:15:00","items":[{"quantity":1,"name":"x"}]}""", "time: '2026-11-26T20:15:00' is not an ISO 8601")]
    [InlineData("""{"title":"C","table":"4","time":"2026-11-26T20:15:00Z","items":[]}""", "items: is required")]
    [InlineData("""{"title":"C","table":"4","time":"2026-11-26T20:15:00Z","items":[{"quantity":0,"name":"x"}]}""", "items[0].quantity: must be a whole number from 1 to 999")]
    [InlineData("""{"title":"C","table":"4","time":"2026-11-26T20:15:00Z","items":[{"quantity":1.5,"name":"x"}]}""", "items[0].quantity")]
    [InlineData("""{"title":"C","table":"4","time":"2026-11-26T20:15:00Z","items":[{"quantity":"2","name":"x"}]}""", "items[0].quantity")]
    [InlineData("""{"title":"C","table":"4","time":"2026-11-26T20:15:00Z","items":[{"quantity":1}]}""", "items[0].name: is required")]
    [InlineData("""{"title":"C","table":"4","time":"2026-11-26T20:15:00Z","items":[{"quantity":1,"name":"x","nota":"y"}]}""", "items[0].nota: is not an item field")]
    [InlineData("""{"title":"C","table":"4","time":"2026-11-26T20:15:00Z","items":[{"quantity":1,"name":"x"}],"alergias":["maní"]}""", "alergias: is not a ticket field")]
    [InlineData("""{"title":"C","table":"4","time":"2026-11-26T20:15:00Z","items":[{"quantity":1,"name":"x"}],"allergies":"maní"}""", "allergies: must be a list")]
    [InlineData("""{"title":"C","table":"4","time":"2026-11-26T20:15:00Z","items":[{"quantity":1,"name":"x"}],"allergies":[" "]}""", "allergies[0]: is empty")]
    [InlineData("""{"title":"C","table":"4","time":"2026-11-26T20:15:00Z","items":[{"quantity":1,"name":"x"}],"width":40}""", "width: must be 32, 42 or 48")]
    [InlineData("""{"title":"C\u001b@","table":"4","time":"2026-11-26T20:15:00Z","items":[{"quantity":1,"name":"x"}]}""", "title: contains control characters")]
    [InlineData("""[1,2]""", "must be a JSON object")]
    [InlineData("""{"title": """, "not valid JSON")]
    public void Parse_BadField_NamesItAndWhy(string json, string expected)
    {
        var e = Assert.Throws<TicketFormatException>(() => TicketReader.Parse(json));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsThemAll()
    {
        var e = Assert.Throws<TicketFormatException>(() => TicketReader.Parse("""{"items":[{"quantity":-1}]}"""));

        Assert.Contains("title: is required", e.Message, StringComparison.Ordinal);
        Assert.Contains("time: is required", e.Message, StringComparison.Ordinal);
        Assert.Contains("items[0].quantity", e.Message, StringComparison.Ordinal);
        Assert.Contains("items[0].name", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HugeOrDeep_RefusedBeforeReading()
    {
        Assert.Contains("larger than 64 KB", Assert.Throws<TicketFormatException>(() => TicketReader.Parse(new string(' ', 70_000))).Message, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", Assert.Throws<TicketFormatException>(() => TicketReader.Parse(new string('[', 50) + new string(']', 50))).Message, StringComparison.Ordinal);
        var many = string.Join(",", Enumerable.Repeat("""{"quantity":1,"name":"x"}""", 101));
        Assert.Contains("at most 100 items", Assert.Throws<TicketFormatException>(() =>
            TicketReader.Parse($$"""{"title":"C","table":"4","time":"2026-11-26T20:15:00Z","items":[{{many}}]}""")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LineBreaksAndTabs_BecomeSpaces() =>
        Assert.Equal("sin cilantro y sin sal", TicketReader.Parse(
            """{"title":"C","table":"4","time":"2026-11-26T20:15:00Z","items":[{"quantity":1,"name":"x","notes":"sin cilantro\n\ty   sin sal"}]}""").Items[0].Notes);
}
