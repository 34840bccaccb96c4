using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Tendero.Tests.Simulator;

public sealed class ControlEndpointsTests
{
    [Fact]
    public async Task Journal_AfterASend_IsSnakeCaseJsonWithProviderNames()
    {
        await using var h = await SimHarness.StartAsync();
        await SimHttp.TwilioAsync(h, SimHarness.MessagesPath, SimHttp.Sms("+50761234567", "Hola"));

        var journal = JsonNode.Parse(await h.Http.GetStringAsync("/_sim/journal"))!;

        var outbound = journal["outbound_messages"]![0]!;
        Assert.Equal("twilio", (string?)outbound["provider"]);
        Assert.Equal("Hola", (string?)outbound["text"]);
        Assert.NotNull(outbound["accepted_at"]);
        Assert.Equal(201, (int?)journal["requests"]![0]!["http_status"]);
        Assert.NotNull(journal["webhook_attempts"]);
    }

    [Fact]
    public async Task Faults_PostPartialUpdate_ChangesOnlyThoseFields()
    {
        await using var h = await SimHarness.StartAsync();
        h.Simulator.Faults.DropStatusRate = 0.5;

        using var response = await h.Http.PostAsJsonAsync("/_sim/faults", new { server_error_rate = 0.25 });

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal((0.25, 0.5), (h.Simulator.Faults.ServerErrorRate, h.Simulator.Faults.DropStatusRate));
    }

    [Fact]
    public async Task Faults_PostRateAboveOne_Returns400AndChangesNothing()
    {
        await using var h = await SimHarness.StartAsync();

        using var response = await h.Http.PostAsJsonAsync("/_sim/faults", new { server_error_rate = 0.5, timeout_rate = 2 });

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, h.Simulator.Faults.ServerErrorRate);
    }

    [Fact]
    public async Task Customers_PostWhatsApp_SendsSignedInboundAndReportsTheAnswer()
    {
        await using var h = await SimHarness.StartAsync();

        using var response = await h.Http.PostAsJsonAsync("/_sim/customers/whatsapp",
            new { account = SimHarness.PhoneNumberId, from = "50761234567", text = "Hola", name = "Ana" });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(200, (int?)body["http_status"]);
        Assert.StartsWith("wamid.", (string?)body["provider_id"], StringComparison.Ordinal);
        Assert.Single(h.Receiver.Received);
    }

    [Fact]
    public async Task ConfigWhatsAppWebhook_NewUrl_InboundGoesThere()
    {
        await using var h = await SimHarness.StartAsync();

        using var config = await h.Http.PostAsJsonAsync("/_sim/config/whatsapp-webhook", new { url = h.Receiver.Url("/elsewhere") });
        await h.Simulator.Customers.SendWhatsAppTextAsync(SimHarness.PhoneNumberId, "50761234567", "Ana", "Hola");

        Assert.Equal(204, (int)config.StatusCode);
        Assert.Equal("/elsewhere", Assert.Single(h.Receiver.Received).Path);
    }

    [Fact]
    public async Task ConfigTwilioWebhook_UnknownAccount_Returns400()
    {
        await using var h = await SimHarness.StartAsync();

        using var response = await h.Http.PostAsJsonAsync("/_sim/config/twilio-webhook", new { account_sid = "ACnope", url = "http://x" });

        Assert.Equal(400, (int)response.StatusCode);
    }

    [Fact]
    public async Task Customers_PostSmsWithoutTo_GoesToTheAccountsFirstNumber()
    {
        await using var h = await SimHarness.StartAsync();

        using var response = await h.Http.PostAsJsonAsync("/_sim/customers/sms",
            new { account = SimHarness.AccountSid, from = "+50761234567", text = "Hola" });

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(SimHarness.TwilioNumber, Assert.Single(h.Receiver.Received).Form["To"]);
    }
}
