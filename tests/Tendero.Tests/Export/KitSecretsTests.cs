using Tendero.Export;

namespace Tendero.Tests.Export;

public sealed class KitSecretsTests
{
    [Theory]
    [InlineData("password_hash", true)]
    [InlineData("salt", true)]
    [InlineData("api_key", true)]
    [InlineData("webhook_secret", true)]
    [InlineData("refresh_token", true)]
    [InlineData("lease_token", false)]
    [InlineData("tokens_used", false)]
    [InlineData("input_tokens", false)]
    [InlineData("text", false)]
    public void IsSecret_ColumnName_FollowsTheRule(string column, bool secret) => Assert.Equal(secret, SecretColumns.IsSecret(column));

    [Fact]
    public void RedactYaml_SecretValuesAndPem_RedactedEnvNamesKept()
    {
        var yaml = """
            channels:
              telegram:
                bot_token_env: TELEGRAM_BOT_TOKEN
            webhook_secret: abc123   # inline, by mistake
            api_key: "sk-live-1"
            key_pem: |
              -----BEGIN PRIVATE KEY-----
              MIIEvQIBADANBg
              -----END PRIVATE KEY-----
            name: La Fonda
            """;
        var redacted = KitSecrets.RedactYaml(yaml);
        Assert.Contains("bot_token_env: TELEGRAM_BOT_TOKEN", redacted, StringComparison.Ordinal);
        Assert.Contains("name: La Fonda", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("abc123", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-live-1", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("MIIEvQIBADANBg", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIVATE KEY-----", redacted, StringComparison.Ordinal);
    }
}
