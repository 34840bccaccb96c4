using Tendero.Config;

namespace Tendero.Tests.Config;

public sealed class SecretsTests
{
    [Fact]
    public void Get_VariableSet_ReturnsItEvenWithDemoDefaults() =>
        Assert.Equal("real", new Secrets(_ => "real", allowDemoDefaults: true).Get("WHATSAPP_APP_SECRET"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Get_UnsetWithDemoDefaults_ReturnsTheDocumentedDemoValue(string? value) =>
        Assert.Equal("demo-whatsapp-app-secret", new Secrets(_ => value, allowDemoDefaults: true).Get("WHATSAPP_APP_SECRET"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Get_UnsetWithoutDemoDefaults_IsNull(string? value) =>
        Assert.Null(new Secrets(_ => value, allowDemoDefaults: false).Get("WHATSAPP_APP_SECRET"));

    [Fact]
    public void Get_UnknownVariableWithDemoDefaults_IsNull() =>
        Assert.Null(new Secrets(_ => null, allowDemoDefaults: true).Get("MY_OWN_SECRET"));

    [Fact]
    public void Setting_NeverFallsBackToADemoValue()
    {
        var secrets = new Secrets(v => v == "TENDERO_PUBLIC_URL" ? "https://t.example.test" : null, allowDemoDefaults: true);

        Assert.Equal("https://t.example.test", secrets.Setting("TENDERO_PUBLIC_URL"));
        Assert.Null(secrets.Setting("TENDERO_API_KEY"));
    }

    [Fact]
    public void DemoDefaults_PassTheLoadersOwnShapeChecks()
    {
        Assert.Matches("^[0-9]+:", Secrets.DemoDefaults["TELEGRAM_BOT_TOKEN"]);
        Assert.Matches("^[A-Za-z0-9_-]{1,256}$", Secrets.DemoDefaults["TELEGRAM_SECRET_TOKEN"]);
        Assert.Matches("^AC.{32}$", Secrets.DemoDefaults["TWILIO_ACCOUNT_SID"]);
    }
}
