using Tendero.Config;

namespace Tendero.Tests.Config;

public sealed class BusinessLoaderTests : IDisposable
{
    private readonly BusinessFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void LoadFile_ShippedLaFondaWithDemoDefaults_LoadsEveryChannel()
    {
        var business = BusinessLoader.LoadFile(BusinessFiles.LaFondaPath, BusinessFiles.Demo, simulator: null);

        Assert.Equal(("la-fonda", "La Fonda", "es"), (business.Id, business.Name, business.Language));
        Assert.Equal("America/Panama", business.TimeZone.Id);
        Assert.Equal(BusinessFiles.LaFondaPath, business.SourceFile);
        Assert.Equal(["en", "es"], business.AutoReply.Keys.Order());
        var whatsApp = business.WhatsApp!;
        Assert.Equal(("106540352242922", "+15550783881", "v23.0"), (whatsApp.PhoneNumberId, whatsApp.DisplayPhoneNumber, whatsApp.ApiVersion));
        Assert.Equal(new Uri("https://graph.facebook.com"), whatsApp.BaseUrl);
        Assert.Equal(Secrets.DemoDefaults["WHATSAPP_APP_SECRET"], whatsApp.AppSecret);
        Assert.Equal(Secrets.DemoDefaults["WHATSAPP_VERIFY_TOKEN"], whatsApp.VerifyToken);
        Assert.Equal(Secrets.DemoDefaults["WHATSAPP_ACCESS_TOKEN"], whatsApp.AccessToken);
        var telegram = business.Telegram!;
        Assert.Equal((new Uri("https://api.telegram.org"), TelegramMode.Webhook), (telegram.BaseUrl, telegram.Mode));
        Assert.Equal(Secrets.DemoDefaults["TELEGRAM_BOT_TOKEN"], telegram.BotToken);
        var twilio = business.Twilio!;
        Assert.Equal((new Uri("https://api.twilio.com"), "+15005550006"), (twilio.BaseUrl, twilio.From));
        Assert.Equal(Secrets.DemoDefaults["TWILIO_ACCOUNT_SID"], twilio.AccountSid);
    }

    [Fact]
    public void LoadFile_EnvironmentSet_UsesItOverTheDemoValue()
    {
        var env = new Dictionary<string, string> { ["WHATSAPP_ACCESS_TOKEN"] = "EAAG-real-token" };

        var business = BusinessLoader.LoadFile(BusinessFiles.LaFondaPath, new Secrets(env.GetValueOrDefault, true), null);

        Assert.Equal("EAAG-real-token", business.WhatsApp!.AccessToken);
    }

    [Fact]
    public void LoadFile_WithoutDemoDefaultsOrEnvironment_NamesEveryMissingSecretAtOnce()
    {
        var e = Assert.Throws<BusinessConfigException>(() => BusinessLoader.LoadFile(BusinessFiles.LaFondaPath, BusinessFiles.Empty, null));

        Assert.StartsWith(BusinessFiles.LaFondaPath, e.Message);
        Assert.Contains("channels.whatsapp.app_secret_env: the environment variable WHATSAPP_APP_SECRET is not set", e.Message);
        Assert.Contains("channels.telegram.bot_token_env: the environment variable TELEGRAM_BOT_TOKEN is not set", e.Message);
        Assert.Contains("channels.twilio.auth_token_env: the environment variable TWILIO_AUTH_TOKEN is not set", e.Message);
        Assert.Equal(7, e.Message.Split("is not set").Length - 1);
    }

    [Fact]
    public void LoadFile_MinimalFile_DefaultsLanguageAndBaseUrls()
    {
        var business = BusinessLoader.LoadFile(files.Write("cafe-uno.yaml", BusinessFiles.Minimal), BusinessFiles.Demo, null);

        Assert.Equal(("cafe-uno", "Café Uno", "es"), (business.Id, business.Name, business.Language));
        Assert.Null(business.WhatsApp);
        Assert.Null(business.Telegram);
        Assert.Empty(business.AutoReply);
        Assert.Equal(new Uri("https://api.twilio.com"), business.Twilio!.BaseUrl);
    }

    [Fact]
    public void LoadFile_FromWithSpacesAndDashes_IsNormalized()
    {
        var yaml = BusinessFiles.Minimal.Replace("\"+15005550006\"", "\"+1 500-555-0006\"", StringComparison.Ordinal);

        var business = BusinessLoader.LoadFile(files.Write("cafe-uno.yaml", yaml), BusinessFiles.Demo, null);

        Assert.Equal("+15005550006", business.Twilio!.From);
    }

    [Fact]
    public void LoadFile_Simulator_OverridesEveryBaseUrlEvenWrittenOnes()
    {
        var simulator = new Uri("http://127.0.0.1:5999/");
        var yaml = File.ReadAllText(BusinessFiles.LaFondaPath)
            .Replace("  telegram:\n", "  telegram:\n    base_url: https://telegram.example.test\n", StringComparison.Ordinal);
        Assert.Contains("telegram.example.test", yaml);

        var business = BusinessLoader.LoadFile(files.Write("la-fonda.yaml", yaml), BusinessFiles.Demo, simulator);

        Assert.Equal([simulator, simulator, simulator], [business.WhatsApp!.BaseUrl, business.Telegram!.BaseUrl, business.Twilio!.BaseUrl]);
    }

    [Fact]
    public void LoadFile_BaseUrlWithoutSimulator_IsKept()
    {
        var yaml = BusinessFiles.Minimal + "\n    base_url: http://127.0.0.1:8081/twilio\n";

        var business = BusinessLoader.LoadFile(files.Write("cafe-uno.yaml", yaml), BusinessFiles.Demo, null);

        Assert.Equal(new Uri("http://127.0.0.1:8081/twilio"), business.Twilio!.BaseUrl);
    }

    [Fact]
    public void LoadDirectory_YamlAndYml_LoadsAllInNameOrder()
    {
        files.Write("b-two.yml", BusinessFiles.Minimal);
        files.Write("a-one.yaml", BusinessFiles.Minimal);
        files.Write("notes.txt", "not a business");

        var businesses = BusinessLoader.LoadDirectory(files.Folder, BusinessFiles.Demo, null);

        Assert.Equal(["a-one", "b-two"], businesses.Select(b => b.Id));
    }

    [Fact]
    public void LoadDirectory_MissingFolder_SaysHowToSetIt()
    {
        var missing = Path.Combine(files.Folder, "nope");

        var e = Assert.Throws<BusinessConfigException>(() => BusinessLoader.LoadDirectory(missing, BusinessFiles.Demo, null));

        Assert.Contains(missing, e.Message);
        Assert.Contains("--businesses", e.Message);
    }

    // Two files for one id load as two businesses; Businesses then dies in ToDictionary with a bare ArgumentException.
    [Fact]
    public void LoadDirectory_SameIdTwice_NamesBothFiles()
    {
        var yaml = files.Write("la-fonda.yaml", BusinessFiles.Minimal);
        var yml = files.Write("la-fonda.yml", BusinessFiles.Minimal);

        var e = Assert.Throws<BusinessConfigException>(() => BusinessLoader.LoadDirectory(files.Folder, BusinessFiles.Demo, null));

        Assert.Contains(yaml, e.Message);
        Assert.Contains(yml, e.Message);
    }
}
