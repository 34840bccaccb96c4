using Dapper;
using Microsoft.Extensions.Time.Testing;
using Tendero.Config;
using Tendero.Core;
using Tendero.Delivery;
using Tendero.Storage;
using Tendero.Tests.Config;

namespace Tendero.Tests.Delivery;

/// <summary>The provider rules applied at send time: WhatsApp's window and templates, SMS length, the ack button, prices.</summary>
public sealed class SendPreparerTests : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "tendero-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 7, 1, 15, 0, 0, TimeSpan.Zero));
    private readonly BusinessConfig fonda = BusinessFiles.LaFonda();
    private SqliteDatabase database = null!;
    private SendPreparer preparer = null!;

    public async Task InitializeAsync()
    {
        database = SqliteDatabase.Open(Path.Combine(folder, "test.db"));
        await Migrator.MigrateAsync(database, default);
        preparer = new SendPreparer(new Outbox(database, time), time);
    }

    public async Task DisposeAsync()
    {
        await database.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    private Task WroteAsync(string address, TimeSpan ago) => database.WriteAsync((c, t) => c.ExecuteAsync(
        "INSERT INTO contacts (business_id, channel, address, last_inbound_at, created_at) VALUES ('la-fonda', 'whatsapp', @address, @at, @at)",
        new { address, at = (time.GetUtcNow() - ago).ToUnixTimeMilliseconds() }, t), default);

    private static ClaimedRow Row(string channel, string address, string text, string kind = "text", string? data = null, long? chain = null) =>
        new() { Id = 7, BusinessId = "la-fonda", Channel = channel, Address = address, Text = text, Kind = kind, Data = data, ChainId = chain, Attempts = 1 };

    [Fact]
    public async Task Prepare_WhatsAppInsideTheWindow_SendsFreeTextAsAService()
    {
        await WroteAsync("+50761111111", TimeSpan.FromHours(23));
        var ready = Assert.IsType<SendPlan.Ready>(await preparer.PrepareAsync(fonda, Row("whatsapp", "+50761111111", "hola"), default));

        Assert.Null(ready.Message.Template);
        Assert.Equal(("service", 0L), (ready.Record.Quote!.Category, ready.Record.Quote.AmountMicros));
    }

    [Fact]
    public async Task Prepare_WhatsAppWindowClosed_SwitchesToTheKindsTemplateWithItsParameters()
    {
        await WroteAsync("+50761111111", TimeSpan.FromHours(25));
        var ready = Assert.IsType<SendPlan.Ready>(await preparer.PrepareAsync(fonda, Row("whatsapp", "+50761111111", "Quedan 2 kg", "stock-alert"), default));

        var template = ready.Message.Template!;
        Assert.Equal(("stock_alert", "es"), (template.Name, template.Language));
        Assert.Equal(["Quedan 2 kg"], template.Parameters);
        Assert.Equal("stock_alert", ready.Record.Template);
        Assert.Equal(("utility", "+507", 11_300L), (ready.Record.Quote!.Category, ready.Record.Quote.Route, ready.Record.Quote.AmountMicros));
    }

    [Fact]
    public async Task Prepare_WindowClosedAndNoTemplate_FailsAtOnceSayingWhatToAdd()
    {
        var bare = fonda with { Templates = new Dictionary<string, WhatsAppTemplate>() };
        var plan = Assert.IsType<SendPlan.Impossible>(await preparer.PrepareAsync(bare, Row("whatsapp", "+50762222222", "hola", "reminder"), default));

        Assert.Equal("window-closed", plan.Code);
        Assert.Contains("has never written", plan.Reason, StringComparison.Ordinal);
        Assert.Contains("whatsapp_templates.reminder", plan.Reason, StringComparison.Ordinal);
        Assert.NotNull(plan.Record!.Quote); // so the failed message still gets its (zero) cost entry
    }

    [Fact]
    public async Task Prepare_TemplateNeedsDataTheMessageLacks_FailsNamingTheField()
    {
        var template = new WhatsAppTemplate("stock-alert", "stock_alert", "es", "utility", ["item", "text"]);
        var business = fonda with { Templates = new Dictionary<string, WhatsAppTemplate> { ["stock-alert"] = template } };
        var plan = Assert.IsType<SendPlan.Impossible>(await preparer.PrepareAsync(business, Row("whatsapp", "+50763333333", "x", "stock-alert", """{"qty":"2"}"""), default));

        Assert.Equal("template-data", plan.Code);
        Assert.Contains("needs 'item'", plan.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prepare_AlertFilledByAModel_UsesItsParametersAndItsSmsVersion()
    {
        var data = """{"item":"tomate","_sms":"La Fonda: quedan 2 kg de tomate.","_template.1":"Quedan 2 kg de tomate (pedir hoy)"}""";
        await WroteAsync("+50761111111", TimeSpan.FromHours(25));

        var whatsapp = Assert.IsType<SendPlan.Ready>(await preparer.PrepareAsync(fonda, Row("whatsapp", "+50761111111", "Quedan 2 kg", "stock-alert", data), default));
        var sms = Assert.IsType<SendPlan.Ready>(await preparer.PrepareAsync(fonda, Row("sms", "+50761111111", new string('x', 900), "stock-alert", data), default));

        Assert.Equal(["Quedan 2 kg de tomate (pedir hoy)"], whatsapp.Message.Template!.Parameters);
        Assert.Equal(("La Fonda: quedan 2 kg de tomate.", 1), (sms.Message.Text, sms.Units));
    }

    [Fact]
    public async Task Prepare_LongSpanishSms_IsWrittenInGsmLettersAndPricedPerSegment()
    {
        var text = string.Concat(Enumerable.Repeat("Atención: la cámara fría está fallando. ", 12));
        var ready = Assert.IsType<SendPlan.Ready>(await preparer.PrepareAsync(fonda, Row("sms", "+50764444444", text), default));

        Assert.Equal(SmsEncoding.Gsm7, SmsText.Measure(ready.Message.Text).Encoding);
        Assert.InRange(ready.Units, 1, 3);
        Assert.Equal(ready.Units, ready.Record.Segments);
        Assert.Equal(ready.Units * 45_000L, ready.Record.Quote!.AmountMicros);
    }

    [Fact]
    public async Task Prepare_TelegramAlert_CarriesTheAckButton()
    {
        var ready = Assert.IsType<SendPlan.Ready>(await preparer.PrepareAsync(fonda, Row("telegram", "700100200", "Sin gas", "stock-alert", chain: 42), default));

        Assert.Equal([new ReplyButton("✅ Recibido", "ack:42")], ready.Message.Buttons);
        Assert.Equal(0, ready.Record.Quote!.AmountMicros);
    }

    [Fact]
    public async Task Prepare_PlainTelegramMessage_HasNoButtons()
    {
        var ready = Assert.IsType<SendPlan.Ready>(await preparer.PrepareAsync(fonda, Row("telegram", "700100200", "hola"), default));
        Assert.Empty(ready.Message.Buttons);
    }
}
