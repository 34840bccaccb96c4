using Tendero.Config;

namespace Tendero.IntegrationTests.Actions;

/// <summary>The SOAP 1.1 action against a real SOAP service (SoapCore on loopback), through the worker and the ledger.</summary>
public sealed class SoapActionTests : IAsyncLifetime
{
    private const string Template = """
        <?xml version="1.0" encoding="utf-8"?>
        <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
          <soap:Body>
            <Registrar xmlns="http://tempuri.org/">
              <reserva>{{reserva}}</reserva>
              <nombre>{{cliente.nombre}}</nombre>
              <fecha>{{fecha}}</fecha>
              <personas>{{personas}}</personas>
            </Registrar>
          </soap:Body>
        </soap:Envelope>
        """;

    private SoapHost erp = null!;
    private ActionWorld world = null!;

    public async Task InitializeAsync()
    {
        erp = await SoapHost.StartAsync();
        var target = new SoapTarget(erp.Url, "http://tempuri.org/IReservas/Registrar", "soap/registrar.xml", Template, TimeSpan.FromSeconds(15));
        world = await ActionWorld.StartAsync("sqlite", new ActionConfig("erp-soap", "reservation.confirmed", target));
    }

    public async Task DisposeAsync()
    {
        await world.DisposeAsync();
        await erp.DisposeAsync();
    }

    private static string Payload(string nombre, string fecha) =>
        $$"""{"reserva": 41, "cliente": {"nombre": "{{nombre}}"}, "fecha": "{{fecha}}", "personas": 4}""";

    [Fact]
    public async Task Call_ValidReservation_IsDoneWithTheServicesConfirmation()
    {
        await world.EnqueueAsync("erp-soap", 7, Payload("Ana <& Cía>", "2026-12-24"));

        Assert.Equal(1, await world.Worker.RunOnceAsync(default));

        var call = await world.CallAsync("erp-soap:7");
        Assert.Equal(("done", 200, "CONF-41-4"), (call.State, call.LastStatus, call.Result));
        // The name went through XML-escaped and came back out intact on the other side.
        Assert.Equal(["41|Ana <& Cía>|2026-12-24|4"], erp.Log.Calls);
    }

    [Fact]
    public async Task Call_ClientFault_FailsWithTheFaultTextAndIsNotRetried()
    {
        await world.EnqueueAsync("erp-soap", 8, Payload("Ana", "24/12/2026"));

        await world.Worker.RunOnceAsync(default);
        world.Time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await world.Worker.RunOnceAsync(default));

        var call = await world.CallAsync("erp-soap:8");
        Assert.Equal(("failed", 500, 1L), (call.State, call.LastStatus, call.Attempts));
        Assert.Equal("the SOAP service refused: Client.ValidationError: Fecha inválida", call.LastError);
        Assert.Single(erp.Log.Calls);
    }

    [Fact]
    public async Task Call_ServerFault_IsRetriedWithBackoff()
    {
        await world.EnqueueAsync("erp-soap", 9, Payload("caido", "2026-12-24"));

        await world.Worker.RunOnceAsync(default);
        var first = await world.CallAsync("erp-soap:9");
        Assert.Equal(("queued", 500), (first.State, first.LastStatus));
        Assert.StartsWith("the SOAP service refused: Server: Base de datos no disponible", first.LastError);
        Assert.True(first.RunAt > world.Time.GetUtcNow());

        world.Time.Advance(world.Options.MaxBackoff);
        Assert.Equal(1, await world.Worker.RunOnceAsync(default));

        Assert.Equal(2, erp.Log.Calls.Count);
        Assert.Equal(("queued", 2L), ((await world.CallAsync("erp-soap:9")).State, (await world.CallAsync("erp-soap:9")).Attempts));
    }

    [Fact]
    public async Task Call_PlaceholderWithoutValue_FailsNamingItAndSendsNothing()
    {
        await world.EnqueueAsync("erp-soap", 10, """{"reserva": 41, "fecha": "2026-12-24", "personas": 4}""");

        await world.Worker.RunOnceAsync(default);

        var call = await world.CallAsync("erp-soap:10");
        Assert.Equal("failed", call.State);
        Assert.Contains("needs {{cliente.nombre}}, but the reservation.confirmed event 10 has no value for it", call.LastError);
        Assert.Empty(erp.Log.Calls);
    }
}
