using Tendero.Config;

namespace Tendero.Tests.Config;

/// <summary>A bad business file fails at start with the file, the field and the reason.</summary>
public sealed class BusinessLoaderErrorsTests : IDisposable
{
    private readonly BusinessFiles files = new();

    public void Dispose() => files.Dispose();

    private BusinessConfigException Fails(string yaml, string fileName = "cafe-uno.yaml", Secrets? secrets = null)
    {
        var path = files.Write(fileName, yaml);
        var e = Assert.Throws<BusinessConfigException>(() => BusinessLoader.LoadFile(path, secrets ?? BusinessFiles.Demo, null));
        Assert.StartsWith(path, e.Message);
        return e;
    }

    private static string Swap(string from, string to) => BusinessFiles.Minimal.Replace(from, to, StringComparison.Ordinal);

    [Fact]
    public void LoadFile_UnknownTimeZone_NamesFieldAndValue() =>
        Assert.Contains("time_zone: 'Panama/Ciudad' is not a known time zone", Fails(Swap("America/Panama", "Panama/Ciudad")).Message);

    // On Linux "America" is a folder of /usr/share/zoneinfo: FindSystemTimeZoneById throws SecurityException, which
    // BusinessMapper does not catch (only TimeZoneNotFoundException), so start-up dies without naming the file or field.
    [Fact]
    public void LoadFile_TimeZoneThatIsARegion_NamesTheField() =>
        Assert.Contains("time_zone: 'America' is not a known time zone", Fails(Swap("America/Panama", "America")).Message);

    [Fact]
    public void LoadFile_TypoInAKey_GivesLineAndTheUnknownName()
    {
        var message = Fails(Swap("time_zone:", "time_zon:")).Message;

        Assert.Contains("line 2, column 1: Property 'time_zon' not found", message);
    }

    [Fact]
    public void LoadFile_MalformedYamlLine_GivesLineAndColumn()
    {
        var message = Fails(Swap("    from: \"+15005550006\"", "    from: \"+15005550006")).Message;

        Assert.Contains("line 8, column 11: While scanning a quoted scalar", message);
    }

    [Fact]
    public void LoadFile_BadIndentation_GivesLineAndColumn() =>
        Assert.Contains("line 7, column 4: ", Fails(Swap("    auth_token_env", "   auth_token_env")).Message);

    [Theory]
    [InlineData("La_Fonda.yaml", "La_Fonda")]
    [InlineData("-fonda.yaml", "-fonda")]
    [InlineData("la fonda.yaml", "la fonda")]
    public void LoadFile_BadFileName_SaysTheNameIsTheId(string fileName, string id) =>
        Assert.Contains($"the file name '{id}' is the business id and may hold only a-z, 0-9 and '-'", Fails(BusinessFiles.Minimal, fileName).Message);

    [Theory]
    [InlineData("123456789")]
    [InlineData("bot:secret")]
    [InlineData(":secret")]
    public void LoadFile_BadTelegramTokenShape_NamesFieldAndVariable(string token)
    {
        var yaml = BusinessFiles.Minimal + "\n  telegram:\n    bot_token_env: MY_BOT\n    secret_token_env: TELEGRAM_SECRET_TOKEN\n";
        var secrets = new Secrets(v => v == "MY_BOT" ? token : null, allowDemoDefaults: true);

        var message = Fails(yaml, secrets: secrets).Message;

        Assert.Contains("channels.telegram.bot_token_env: the token in MY_BOT does not look like '<bot id>:<secret>'", message);
        Assert.DoesNotContain(token, message.Replace("bot_token_env", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_TelegramSecretWithBadCharacters_NamesTheField()
    {
        var yaml = BusinessFiles.Minimal + "\n  telegram:\n    bot_token_env: TELEGRAM_BOT_TOKEN\n    secret_token_env: HOOK\n    mode: polling\n";

        var message = Fails(yaml, secrets: new Secrets(v => v == "HOOK" ? "has spaces!" : null, true)).Message;

        Assert.Contains("channels.telegram.secret_token_env: Telegram allows 1-256 characters", message);
    }

    [Fact]
    public void LoadFile_UnknownTelegramMode_NamesFieldAndValue()
    {
        var yaml = BusinessFiles.Minimal + "\n  telegram:\n    bot_token_env: TELEGRAM_BOT_TOKEN\n    secret_token_env: TELEGRAM_SECRET_TOKEN\n    mode: push\n";

        Assert.Contains("channels.telegram.mode: 'push' is not webhook or polling", Fails(yaml).Message);
    }

    [Theory]
    [InlineData("SK00000000000000000000000000000000")]
    [InlineData("AC123")]
    public void LoadFile_BadTwilioSid_NamesFieldAndVariable(string sid) =>
        Assert.Contains(
            "channels.twilio.account_sid_env: the value of TWILIO_ACCOUNT_SID is not an account SID",
            Fails(BusinessFiles.Minimal, secrets: new Secrets(v => v == "TWILIO_ACCOUNT_SID" ? sid : null, true)).Message);

    [Theory]
    [InlineData("5005550006")]
    [InlineData("+1500")]
    [InlineData("tel:+15005550006")]
    public void LoadFile_BadFromNumber_NamesTheField(string from) =>
        Assert.Contains("channels.twilio.from: ", Fails(Swap("\"+15005550006\"", $"\"{from}\"")).Message);

    [Fact]
    public void LoadFile_BadBaseUrl_NamesFieldAndValue() =>
        Assert.Contains(
            "channels.twilio.base_url: 'ftp://files.example.test' is not an http(s) URL",
            Fails(BusinessFiles.Minimal + "\n    base_url: ftp://files.example.test\n").Message);

    [Fact]
    public void LoadFile_WhatsAppNumberInsteadOfId_NamesTheField()
    {
        var yaml = BusinessFiles.Minimal + """

              whatsapp:
                phone_number_id: "+15550783881"
                api_version: "23.0"
                app_secret_env: WHATSAPP_APP_SECRET
                verify_token_env: WHATSAPP_VERIFY_TOKEN
                access_token_env: WHATSAPP_ACCESS_TOKEN
            """;

        var message = Fails(yaml).Message;

        Assert.Contains("channels.whatsapp.phone_number_id: must be the numeric id", message);
        Assert.Contains("channels.whatsapp.api_version: '23.0' should look like v23.0", message);
    }

    [Fact]
    public void LoadFile_SeveralProblems_ReportsAllOfThemAtOnce()
    {
        var yaml = Swap("America/Panama", "Mars/Olympus").Replace("name: Café Uno\n", "language: fr\n", StringComparison.Ordinal);

        var message = Fails(yaml, "Cafe.yaml", new Secrets(v => v == "TWILIO_ACCOUNT_SID" ? "bad" : null, true)).Message;

        Assert.Contains("the file name 'Cafe'", message);
        Assert.Contains("name: is required", message);
        Assert.Contains("time_zone: 'Mars/Olympus'", message);
        Assert.Contains("language: 'fr' is not supported", message);
        Assert.Contains("channels.twilio.account_sid_env:", message);
    }

    [Fact]
    public void LoadFile_EmptyFile_AsksForNameTimeZoneAndAChannel()
    {
        var message = Fails("");

        Assert.Contains("name: is required", message.Message);
        Assert.Contains("time_zone: is required", message.Message);
        Assert.Contains("channels: name at least one of whatsapp, telegram or twilio", message.Message);
    }

    [Fact]
    public void LoadFile_SecretWrittenInlineInsteadOfEnvName_IsNotAccepted() =>
        Assert.Contains(
            "channels.twilio.auth_token_env: the environment variable 0123abcd is not set",
            Fails(Swap("auth_token_env: TWILIO_AUTH_TOKEN", "auth_token_env: 0123abcd")).Message);
}
