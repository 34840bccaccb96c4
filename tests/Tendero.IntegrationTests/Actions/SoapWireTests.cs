using System.Text;
using Tendero.Config;

namespace Tendero.IntegrationTests.Actions;

/// <summary>The SOAP action's request on the wire, and answers a real service would not give (HTML, an empty 500).</summary>
public sealed class SoapWireTests : IAsyncLifetime
{
    private const string Template = """
        <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
          <soap:Body><Registrar xmlns="http://tempuri.org/"><nombre>{{nombre}}</nombre><ref>{{$delivery}}</ref></Registrar></soap:Body>
        </soap:Envelope>
        """;

    private Receiver erp = null!;
    private ActionWorld world = null!;

    public async Task InitializeAsync()
    {
        erp = await Receiver.StartAsync();
        var target = new SoapTarget(erp.Url, "http://tempuri.org/IReservas/Registrar", "soap/registrar.xml", Template, TimeSpan.FromSeconds(15));
        world = await ActionWorld.StartAsync("sqlite", new ActionConfig("erp-soap", "reservation.confirmed", target));
    }

    public async Task DisposeAsync()
    {
        await world.DisposeAsync();
        await erp.DisposeAsync();
    }

    [Fact]
    public async Task Call_Request_IsTextXmlWithTheQuotedSoapActionAndEscapedValues()
    {
        await world.EnqueueAsync("erp-soap", 7, """{"nombre": "</nombre><x>1</x>"}""");

        await world.Worker.RunOnceAsync(default);

        var request = Assert.Single(erp.Requests);
        Assert.Equal("text/xml; charset=utf-8", request.ContentType);
        Assert.Equal("\"http://tempuri.org/IReservas/Registrar\"", request.Headers["SOAPAction"]);
        var body = Encoding.UTF8.GetString(request.Body);
        Assert.Contains("<nombre>&lt;/nombre&gt;&lt;x&gt;1&lt;/x&gt;</nombre><ref>erp-soap:7</ref>", body);
    }

    [Fact]
    public async Task Call_HtmlAnswerWith200_FailsSayingItIsNotXml()
    {
        erp.Then(200, "<html><body>Bienvenido a IIS</body>", "text/html");
        await world.EnqueueAsync("erp-soap", 7, """{"nombre": "Ana"}""");

        await world.Worker.RunOnceAsync(default);

        var call = await world.CallAsync("erp-soap:7");
        Assert.Equal("failed", call.State);
        Assert.Equal("the SOAP service answered 200 with something that is not XML (text/html): <html><body>Bienvenido a IIS</body>", call.LastError);
    }

    [Fact]
    public async Task Call_500WithoutAFault_IsRetriedAsAServerError()
    {
        erp.Then(500, "Service Unavailable");
        await world.EnqueueAsync("erp-soap", 7, """{"nombre": "Ana"}""");

        await world.Worker.RunOnceAsync(default);

        var call = await world.CallAsync("erp-soap:7");
        Assert.Equal(("queued", 500), (call.State, call.LastStatus));
        Assert.StartsWith("the SOAP service answered 500 with something that is not XML", call.LastError);
    }
}
