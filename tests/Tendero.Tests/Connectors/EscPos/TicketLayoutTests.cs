using Tendero.Connectors.EscPos;

namespace Tendero.Tests.Connectors.EscPos;

public sealed class TicketLayoutTests
{
    private static IReadOnlyList<TicketLine> Lay(KitchenTicket ticket, int width) => TicketLayout.Lines(ticket, width, PrinterCodePage.Cp858);

    [Theory]
    [InlineData(32)]
    [InlineData(42)]
    [InlineData(48)]
    public void Lines_AnyWidth_FitTheColumnsBigLinesHalf(int width)
    {
        var lines = Lay(Tickets.Sample("maní", "gluten", "lácteos"), width);

        Assert.All(lines, l => Assert.True(l.Text.Length <= (l.Is(TicketStyle.Big) ? width / 2 : width), $"'{l.Text}' at {width}"));
    }

    [Fact]
    public void Lines_Quantities_RightAlignedSoNamesShareAColumn()
    {
        var lines = Lay(Tickets.Sample(), 42).Select(l => l.Text).ToList();

        Assert.Contains(" 2x Sancocho de gallina con arroz blanco,", lines);
        Assert.Contains("10x Empanadas", lines);
        Assert.Contains(" 1x Ñame frito", lines);
    }

    [Fact]
    public void Lines_LongName_WrapsUnderTheNameNotTheQuantity()
    {
        var lines = Lay(Tickets.Sample(), 32).Select(l => l.Text).ToList();
        var first = lines.FindIndex(l => l.StartsWith(" 2x ", StringComparison.Ordinal));

        Assert.Equal(" 2x Sancocho de gallina con", lines[first]);
        Assert.Equal("    arroz blanco, aguacate y", lines[first + 1]);
        Assert.StartsWith("    patacones", lines[first + 2]);
    }

    [Fact]
    public void Lines_Notes_IndentedUnderTheirItemAndWrapped()
    {
        var lines = Lay(Tickets.Sample(), 32).Select(l => l.Text).ToList();
        var note = lines.FindIndex(l => l.Contains("> sin cilantro", StringComparison.Ordinal));

        Assert.Equal("    > sin cilantro, el ají", lines[note]);
        Assert.Equal("      aparte por favor", lines[note + 1]);
    }

    [Fact]
    public void Lines_WordLongerThanTheLine_IsCut()
    {
        var ticket = Tickets.Sample() with { Items = [new TicketItem(1, new string('x', 70), null)] };

        var names = Lay(ticket, 32).Where(l => l.Text.Contains('x', StringComparison.Ordinal)).Select(l => l.Text.Trim()).ToList();

        Assert.Equal(70, names.Sum(n => n.Replace("1x ", "", StringComparison.Ordinal).Length));
    }

    [Fact]
    public void Lines_Header_TitleTableCustomerAndTime()
    {
        var lines = Lay(Tickets.Sample(), 42);

        Assert.Equal(("Cocina", TicketStyle.Big | TicketStyle.Bold | TicketStyle.Center), (lines[0].Text, lines[0].Style));
        Assert.Equal(("Mesa 4", TicketStyle.Big | TicketStyle.Bold), (lines[1].Text, lines[1].Style));
        Assert.Equal("Cliente: Ana Núñez", lines[2].Text);
        Assert.Equal("26/11/2026 20:15", lines[3].Text); // in the ticket's own offset
    }

    [Fact]
    public void Lines_Allergies_UpperCasePaddedToTheBand()
    {
        var loud = Lay(Tickets.Sample("maní", "gluten"), 32).Where(l => l.Is(TicketStyle.Inverted)).ToList();

        Assert.Equal(["!! ALERGIAS:    ", "MANÍ, GLUTEN !! "], loud.Select(l => l.Text));
    }

    [Fact]
    public void Lines_UnsupportedWidth_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Lay(Tickets.Sample(), 40));
}
