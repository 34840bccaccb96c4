using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Tendero.Channels.Telegram;
using Tendero.Config;
using Tendero.Hosting;
using Tendero.Tests.Contracts;

namespace Tendero.Tests.Channels.Telegram;

public sealed class TelegramWebhookRegistrarTests
{
    private static TelegramWebhookRegistrar Registrar(BusinessConfig business, ServiceProvider services) => new(
        new Businesses([business]), services.GetRequiredService<TelegramClients>(),
        Options.Create(new ServerOptions { PublicUrl = new Uri("https://hooks.example.test") }), new FakeTimeProvider(),
        NullLogger<TelegramWebhookRegistrar>.Instance);

    [Fact]
    public async Task StartAsync_WebhookBot_SetsOurUrlSecretAndUpdateKinds()
    {
        await using var fake = await FakeProvider.StartAsync(_ => (200, """{"ok":true,"result":true,"description":"Webhook was set"}"""));
        using var services = new ServiceCollection().AddTelegram().BuildServiceProvider();
        var business = TestBusiness.With(telegram: TestBusiness.Telegram(fake.BaseAddress));

        await Registrar(business, services).StartAsync(CancellationToken.None);

        var request = Assert.Single(fake.Requests);
        Assert.Equal("/bot123456:TEST/setWebhook", request.Path);
        Assert.Equal("https://hooks.example.test/webhooks/telegram/la-fonda", request.Json["url"]!.GetValue<string>());
        Assert.Equal(TestBusiness.SecretToken, request.Json["secret_token"]!.GetValue<string>());
        Assert.Equal(["message", "edited_message", "callback_query"], request.Json["allowed_updates"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Empty(ContractFiles.Telegram.ValidateCall("setWebhook", request.Json));
    }

    [Fact]
    public async Task StartAsync_TelegramRefuses_DoesNotThrow()
    {
        await using var fake = await FakeProvider.StartAsync(_ =>
            (400, """{"ok":false,"error_code":400,"description":"Bad Request: bad webhook: An HTTPS URL must be provided for webhook"}"""));
        using var services = new ServiceCollection().AddTelegram().BuildServiceProvider();
        var business = TestBusiness.With(telegram: TestBusiness.Telegram(fake.BaseAddress));
        var registrar = Registrar(business, services);

        await registrar.StartAsync(CancellationToken.None);

        Assert.False(await registrar.RegisterAsync(business, CancellationToken.None));
    }

    [Fact]
    public async Task StartAsync_PollingBot_CallsNothing()
    {
        await using var fake = await FakeProvider.StartAsync(_ => (200, """{"ok":true,"result":true}"""));
        using var services = new ServiceCollection().AddTelegram().BuildServiceProvider();
        var business = TestBusiness.With(telegram: TestBusiness.Telegram(fake.BaseAddress, TelegramMode.Polling));

        await Registrar(business, services).StartAsync(CancellationToken.None);

        Assert.Empty(fake.Requests);
    }
}
