using Tendero.Config;

namespace Tendero.Tests.Config;

/// <summary>The actions: section: a good one loads; each mistake names its field.</summary>
public sealed class ActionsConfigTests : IDisposable
{
    private const string Envelope = """
        <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
          <soap:Body><Registrar xmlns="http://tempuri.org/"><fecha>{{fecha}}</fecha></Registrar></soap:Body>
        </soap:Envelope>
        """;

    private const string Good = """

        actions:
          - name: pos-webhook
            on: reservation.confirmed
            webhook: { url: https://pos.example.com/hooks/tendero, secret_env: POS_WEBHOOK_SECRET, timeout: 10s }
          - name: erp-soap
            on: reservation.confirmed
            soap:
              url: http://erp.local/ReservasService.asmx
              action: "http://tempuri.org/IReservas/Registrar"
              envelope_file: soap/registrar.xml
              timeout: 15s
        """;

    private static readonly Secrets WithPosSecret = new(v => v == "POS_WEBHOOK_SECRET" ? "pos-secret" : null, allowDemoDefaults: true);

    private readonly BusinessFiles files = new();

    public ActionsConfigTests()
    {
        Directory.CreateDirectory(Path.Combine(files.Folder, "soap"));
        files.Write("soap/registrar.xml", Envelope);
    }

    public void Dispose() => files.Dispose();

    private BusinessConfig Load(string actions, Secrets? secrets = null) =>
        BusinessLoader.LoadFile(files.Write("cafe-uno.yaml", BusinessFiles.Minimal + actions), secrets ?? WithPosSecret, null);

    private string Fails(string actions, Secrets? secrets = null) =>
        Assert.Throws<BusinessConfigException>(() => Load(actions, secrets)).Message;

    [Fact]
    public void LoadFile_WebhookAndSoap_MapsBoth()
    {
        var actions = Load(Good).Actions;

        Assert.Equal(["pos-webhook", "erp-soap"], actions.Select(a => a.Name));
        var webhook = Assert.IsType<WebhookTarget>(actions[0].Target);
        Assert.Equal((new Uri("https://pos.example.com/hooks/tendero"), "pos-secret", TimeSpan.FromSeconds(10)), (webhook.Url, webhook.Secret, webhook.Timeout));
        var soap = Assert.IsType<SoapTarget>(actions[1].Target);
        Assert.Equal(("http://tempuri.org/IReservas/Registrar", TimeSpan.FromSeconds(15), "reservation.confirmed"), (soap.SoapAction, soap.Timeout, actions[1].On));
        Assert.Contains("<fecha>{{fecha}}</fecha>", soap.Envelope);
        Assert.DoesNotContain("pos-secret", webhook.ToString());
    }

    [Fact]
    public void LoadFile_NoActions_IsEmpty() => Assert.Empty(Load("").Actions);

    [Theory]
    [InlineData("https://pos.example.com/hooks/tendero", "ftp://pos.example.com/hooks", "actions.pos-webhook.webhook.url: 'ftp://pos.example.com/hooks' is not an http(s) URL")]
    [InlineData("https://pos.example.com/hooks/tendero", "https://user:pw@pos.example.com/", "actions.pos-webhook.webhook.url: 'https://user:pw@pos.example.com/' is not an http(s) URL without credentials")]
    [InlineData("http://erp.local/ReservasService.asmx", "erp.local/ReservasService.asmx", "actions.erp-soap.soap.url: 'erp.local/ReservasService.asmx' is not an http(s) URL")]
    [InlineData("soap/registrar.xml", "soap/missing.xml", "actions.erp-soap.soap.envelope_file: the template ")]
    [InlineData("timeout: 10s", "timeout: 10 minutes", "actions.pos-webhook.webhook.timeout: '10 minutes' is not a duration from 1s to 2m")]
    [InlineData("timeout: 15s", "timeout: 5m", "actions.erp-soap.soap.timeout: '5m' is not a duration from 1s to 2m")]
    [InlineData("name: erp-soap", "name: pos-webhook", "actions[1].name: 'pos-webhook' is used by another action; names must be unique")]
    [InlineData("name: erp-soap", "name: ERP_Soap", "actions[1].name: 'ERP_Soap' may hold only a-z, 0-9 and '-'")]
    [InlineData("on: reservation.confirmed\n    webhook", "on: reservation.confirmd\n    webhook", "actions.pos-webhook.on: 'reservation.confirmd' is not a topic actions can follow; use one of reservation.confirmed, reservation.requested, handoff.requested")]
    [InlineData("      action: \"http://tempuri.org/IReservas/Registrar\"\n", "", "actions.erp-soap.soap.action: is required")]
    [InlineData("    action: \"http://tempuri.org/IReservas/Registrar\"", "    action: '\"http://tempuri.org/x\"'", "actions.erp-soap.soap.action: may not hold quotes")]
    public void LoadFile_BadField_NamesIt(string from, string to, string expected)
    {
        var actions = Good.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Good, actions);

        Assert.Contains(expected, Fails(actions));
    }

    [Fact]
    public void LoadFile_MissingTemplate_SaysWhereItLooked() =>
        Assert.Contains($"the template {Path.Combine(files.Folder, "soap", "nope.xml")} does not exist (a relative path starts at the business file's folder)",
            Fails(Good.Replace("soap/registrar.xml", "soap/nope.xml", StringComparison.Ordinal)));

    [Fact]
    public void LoadFile_UnsetSecret_NamesFieldAndVariable() =>
        Assert.Contains("actions.pos-webhook.webhook.secret_env: the environment variable POS_WEBHOOK_SECRET is not set",
            Fails(Good, BusinessFiles.Empty));

    [Fact]
    public void LoadFile_BothTargets_SaysToSplit() =>
        Assert.Contains("actions.pos-webhook: has both webhook and soap",
            Fails(Good.Replace("    webhook: {", "    soap: { url: http://x/, action: a, envelope_file: soap/registrar.xml }\n    webhook: {", StringComparison.Ordinal)));

    [Fact]
    public void LoadFile_NoTarget_SaysWhatIsNeeded() =>
        Assert.Contains("actions.pos-webhook: needs a webhook or a soap section",
            Fails("\nactions:\n  - name: pos-webhook\n    on: reservation.confirmed\n"));

    [Theory]
    [InlineData("<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\"><soap:Body/></soap:Envelope>", "is not a SOAP 1.1 envelope")]
    [InlineData("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>", "is not well-formed XML")]
    [InlineData("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>{{fecha de hoy}}</soap:Body></soap:Envelope>", "the placeholder {{fecha de hoy}} is not a field path")]
    public void LoadFile_BadTemplate_NamesTheFieldAndTheProblem(string template, string expected)
    {
        files.Write("soap/registrar.xml", template);

        var message = Fails(Good);

        Assert.Contains("actions.erp-soap.soap.envelope_file: ", message);
        Assert.Contains(expected, message);
    }
}
