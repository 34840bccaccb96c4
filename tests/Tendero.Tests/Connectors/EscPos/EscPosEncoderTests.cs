using System.Text;
using Tendero.Connectors.EscPos;

namespace Tendero.Tests.Connectors.EscPos;

public sealed class EscPosEncoderTests
{
    private static TestDecoder Print(KitchenTicket ticket, int width = 42, bool fullCut = false) =>
        TestDecoder.Read(EscPosEncoder.Encode(ticket, width, PrinterCodePage.Cp858, fullCut));

    [Fact]
    public void Encode_Start_InitialisesThenSelectsCodeTable19()
    {
        var bytes = EscPosEncoder.Encode(Tickets.Sample(), 42, PrinterCodePage.Cp858);

        Assert.Equal(new byte[] { 0x1B, 0x40, 0x1B, 0x74, 19 }, bytes[..5]);
    }

    [Fact]
    public void Encode_Windows1252_SelectsTable16AndItsBytes()
    {
        var bytes = EscPosEncoder.Encode([new TicketLine("Ñ")], PrinterCodePage.Windows1252);

        Assert.Equal(new byte[] { 0x1B, 0x40, 0x1B, 0x74, 16, 0xD1, 0x0A }, bytes[..7]);
    }

    [Fact]
    public void Encode_SpanishLetters_AreCp858Bytes()
    {
        var bytes = EscPosEncoder.Encode([new TicketLine("ÁÉÍÓÚáéíóúÑñÜü¿¡€")], PrinterCodePage.Cp858);
        var line = Assert.Single(TestDecoder.Read(bytes).Lines);

        // REFERENCE §9, from the IBM858 charmap; the same as .NET's code page 858.
        byte[] expected = [0xB5, 0x90, 0xD6, 0xE0, 0xE9, 0xA0, 0x82, 0xA1, 0xA2, 0xA3, 0xA5, 0xA4, 0x9A, 0x81, 0xA8, 0xAD, 0xD5];
        Assert.Equal(expected, line.Bytes);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Assert.Equal(Encoding.GetEncoding(858).GetBytes("ÁÉÍÓÚáéíóúÑñÜü¿¡€"), line.Bytes);
    }

    [Fact]
    public void Encode_SampleTicket_AccentsSurviveTheRoundTrip()
    {
        var text = string.Join("\n", Print(Tickets.Sample("maní")).Lines.Select(l => l.Text));

        Assert.Contains("Cliente: Ana Núñez", text);
        Assert.Contains("1x Ñame frito", text);
        Assert.Contains("¡gracias!", text);
        Assert.Contains("MANÍ", text);
        Assert.DoesNotContain("?", text);
    }

    [Theory]
    [InlineData(32)]
    [InlineData(42)]
    [InlineData(48)]
    public void Encode_AnyWidth_NoLineIsWiderThanThePaper(int width)
    {
        var lines = Print(Tickets.Sample("maní", "gluten", "mariscos y crustáceos"), width).Lines;

        Assert.All(lines, l => Assert.True(l.Columns <= width, $"'{l.Text}' takes {l.Columns} columns of {width}"));
        Assert.Contains(lines, l => l.Columns == width); // the rules span the paper
    }

    [Fact]
    public void Encode_Title_IsDoubleSizeBoldAndCentred()
    {
        var decoded = Print(Tickets.Sample());
        var title = decoded.Lines[0];

        Assert.Equal("Cocina", title.Text);
        Assert.True(title.Big && title.Bold && title.Center);
        Assert.Equal("GS ! 0x11", decoded.Commands.First(c => c.StartsWith("GS !", StringComparison.Ordinal)));
        Assert.False(decoded.Lines.Single(l => l.Text.StartsWith("10x", StringComparison.Ordinal)).Big);
    }

    [Fact]
    public void Encode_Allergies_PrintLoudInUpperCaseOnABlackBand()
    {
        var lines = Print(Tickets.Sample("maní", "gluten")).Lines;

        var block = lines.Where(l => l.Inverse).ToList();
        Assert.NotEmpty(block);
        Assert.All(block, l => Assert.True(l.Big && l.Bold && l.Columns == 42));
        Assert.Equal("!! ALERGIAS: MANÍ, GLUTEN !!", string.Join(" ", block.Select(l => l.Text.Trim())));
        Assert.False(lines[^1].Inverse); // the band ends before the footer
    }

    [Fact]
    public void Encode_NoAllergies_NoBlackBand()
    {
        Assert.DoesNotContain(Print(Tickets.Sample()).Lines, l => l.Inverse || l.Text.Contains("ALERGIA", StringComparison.Ordinal));
    }

    [Fact]
    public void Encode_End_FeedsAndCutsPartially()
    {
        var bytes = EscPosEncoder.Encode(Tickets.Sample(), 42, PrinterCodePage.Cp858);

        Assert.Equal(new byte[] { 0x1D, 0x56, 66, 3 }, bytes[^4..]);
        Assert.Equal("GS V 66 3", TestDecoder.Read(bytes).Commands[^1]);
    }

    [Fact]
    public void Encode_FullCut_FeedsLinesThenGsV0()
    {
        Assert.Equal(["ESC d 4", "GS V 0"], Print(Tickets.Sample(), fullCut: true).Commands[^2..]);
    }

    [Fact]
    public void Encode_StylesAreResetBeforeTheCut()
    {
        var commands = Print(Tickets.Sample("maní")).Commands;
        var afterLastLine = commands.Skip(commands.LastIndexOf("LF") + 1).ToList();

        Assert.DoesNotContain("GS B 1", afterLastLine);
        Assert.DoesNotContain("GS ! 0x11", afterLastLine);
    }

    [Fact]
    public void Encode_ControlCharactersInText_NeverReachThePrinter()
    {
        var bytes = EscPosEncoder.Encode([new TicketLine("a\u001B@b\u001DV\u0000c\u0010\u0004\u0001d")], PrinterCodePage.Cp858);

        var line = Assert.Single(TestDecoder.Read(bytes).Lines); // the decoder throws on a stray control byte
        Assert.Equal("a@bVcd", line.Text);
    }
}
