using Tendero.Channels.WhatsApp;
using Tendero.Config;
using Tendero.Core;
using Tendero.IntegrationTests.Support;
using Tendero.Simulator;

namespace Tendero.IntegrationTests.Channels;

/// <summary>A template goes through the real channel to the simulated Graph API, window or no window.</summary>
public sealed class WhatsAppTemplateSendTests
{
    [Fact]
    public async Task SendAsync_TemplateOutsideTheWindow_IsAcceptedAsATemplate()
    {
        await using var db = TestDatabase.Sqlite();
        await using var app = await TestApp.StartAsync(db, o => o.Behaviour.EnforceWhatsAppWindow = true);
        var business = app.Get<Businesses>().Find("la-fonda")!;
        // No message from this number ever: the window is closed, so only a template may go.
        var message = new OutboundMessage(1, business.Id, new Address(ChannelKind.WhatsApp, "+50760001111"), "Queda poco arroz", 1)
        {
            Template = new TemplateSend("stock_alert", "es", ["arroz", "2 kg"]),
        };

        var result = await app.Get<WhatsAppChannel>().SendAsync(business, message, CancellationToken.None);

        var sent = Assert.IsType<SendResult.Sent>(result);
        var accepted = Assert.Single(app.Simulator.Journal.OutboundMessages(SimProvider.WhatsApp));
        Assert.Equal((sent.ProviderId, "50760001111", "template", "stock_alert"), (accepted.ProviderId, accepted.To, accepted.Kind, accepted.TemplateName));
        // A free-form text here would be reported failed with 131047; a template is delivered.
        await Eventually.UntilAsync(() => Task.FromResult(app.Simulator.Journal.WebhookAttempts(SimProvider.WhatsApp)
            .Any(a => a.Kind == WebhookKind.Status && a.ProviderId == sent.ProviderId && a.Status == "delivered")), TimeSpan.FromSeconds(10), "the template delivered");
        Assert.DoesNotContain(app.Simulator.Journal.WebhookAttempts(SimProvider.WhatsApp), a => a.Status == "failed");
    }
}
