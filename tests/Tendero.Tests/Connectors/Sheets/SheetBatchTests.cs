using Tendero.Connectors.Sheets;

namespace Tendero.Tests.Connectors.Sheets;

/// <summary>Coalescing a tab's queued writes, the stored value format, and the backoff.</summary>
public sealed class SheetBatchTests
{
    private static ClaimedSheetWrite Claimed(long id, SheetWrite write) => new(id, 1, 0, write);

    private static Dictionary<string, object?> Cells(params (string, object?)[] cells) => cells.ToDictionary(c => c.Item1, c => c.Item2);

    [Fact]
    public void Coalesce_TenUpdatesOfOneRow_BecomeOneWriteWithTheLastValues()
    {
        var writes = Enumerable.Range(1, 10).Select(i =>
            Claimed(i, SheetWrite.Update("b", "Reservas", "Teléfono", "+5071", Cells(("Estado", $"v{i}"), ($"Col{i % 2}", i)), $"d{i}")));

        var row = Assert.Single(SheetBatch.Coalesce(writes));

        Assert.Equal(SheetOp.Update, row.Op);
        Assert.Equal("v10", row.Values["Estado"]);
        Assert.Equal((10, 9), ((int)row.Values["Col0"]!, (int)row.Values["Col1"]!));
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (long)i), row.Sources.Select(s => s.Id));
    }

    [Fact]
    public void Coalesce_UpdateAfterAnAppendOfItsKey_MergesIntoTheAppend_AndOtherKeysStayApart()
    {
        var writes = new[]
        {
            Claimed(1, SheetWrite.Append("b", "T", Cells(("Teléfono", "+5071"), ("Estado", "confirmada")), "a")),
            Claimed(2, SheetWrite.Append("b", "T", Cells(("Teléfono", "+5072"), ("Estado", "confirmada")), "b")),
            Claimed(3, SheetWrite.Update("b", "T", "Teléfono", "+5071", Cells(("Estado", "cancelada")), "c")),
            Claimed(4, SheetWrite.Update("b", "T", "Teléfono", "+5079", Cells(("Estado", "sentada")), "d")),
        };

        var rows = SheetBatch.Coalesce(writes);

        Assert.Equal([SheetOp.Append, SheetOp.Append, SheetOp.Update], rows.Select(r => r.Op));
        Assert.Equal("cancelada", rows[0].Values["Estado"]);
        Assert.Equal([1L, 3L], rows[0].Sources.Select(s => s.Id));
        Assert.Equal("confirmada", rows[1].Values["Estado"]);
    }

    [Fact]
    public void SheetValues_RoundTrip_KeepsTypes()
    {
        var values = Cells(("Fecha", new DateOnly(2026, 11, 26)), ("Hora", new TimeOnly(20, 30)), ("Personas", 4L), ("Total", 12.5m),
            ("Nombre", "=evil"), ("Pagado", true), ("Notas", null), ("Cuando", new DateTime(2026, 1, 2, 3, 4, 5)));

        var written = SheetValues.Write(values);
        Assert.Contains("\"Personas\":4,", written);
        var back = SheetValues.Read(written);

        foreach (var (k, v) in values)
        {
            Assert.Equal((k, v, v?.GetType()), (k, back[k], back[k]?.GetType()));
        }
    }

    [Fact]
    public void Backoff_GrowsToTheCap_AndNeverUndercutsRetryAfter()
    {
        var cap = TimeSpan.FromSeconds(64);
        Assert.Equal(TimeSpan.FromSeconds(1.5), SheetsBackoff.For(0, null, cap, 0.5));
        Assert.Equal(TimeSpan.FromSeconds(8), SheetsBackoff.For(3, null, cap, 0));
        Assert.Equal(cap, SheetsBackoff.For(12, null, cap, 0.9));
        Assert.Equal(TimeSpan.FromSeconds(30), SheetsBackoff.For(0, TimeSpan.FromSeconds(30), cap, 0.9));
    }
}
