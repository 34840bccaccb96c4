namespace Tendero.Config;

/// <summary>
/// Reads secrets from environment variables. When <see cref="AllowDemoDefaults"/> is on (the demo and
/// <c>serve --simulate</c>), an unset variable falls back to its documented demo value, which only the
/// simulator accepts. A real server with a missing secret refuses to start.
/// </summary>
public sealed class Secrets(Func<string, string?> environment, bool allowDemoDefaults)
{
    /// <summary>The demo values, documented in the README. They are public, so never use them against a real provider.</summary>
    public static readonly IReadOnlyDictionary<string, string> DemoDefaults = new Dictionary<string, string>
    {
        ["WHATSAPP_APP_SECRET"] = "demo-whatsapp-app-secret",
        ["WHATSAPP_VERIFY_TOKEN"] = "demo-verify-token",
        ["WHATSAPP_ACCESS_TOKEN"] = "demo-whatsapp-access-token",
        ["TELEGRAM_BOT_TOKEN"] = "123456789:DEMO-telegram-token",
        ["TELEGRAM_SECRET_TOKEN"] = "demo-telegram-secret",
        ["TWILIO_ACCOUNT_SID"] = "AC00000000000000000000000000000000",
        ["TWILIO_AUTH_TOKEN"] = "demo-twilio-auth-token",
        ["TENDERO_API_KEY"] = "demo-api-key",
        ["GROQ_API_KEY"] = "demo-groq-key",
        ["ANTHROPIC_API_KEY"] = "demo-anthropic-key",
    };

    public bool AllowDemoDefaults { get; } = allowDemoDefaults;

    public static Secrets FromProcess(bool allowDemoDefaults) => new(Environment.GetEnvironmentVariable, allowDemoDefaults);

    /// <summary>The secret's value, or null when it is unset and no demo value may stand in.</summary>
    public string? Get(string variable)
    {
        var value = environment(variable);
        if (!string.IsNullOrEmpty(value))
        {
            return value;
        }
        return AllowDemoDefaults && DemoDefaults.TryGetValue(variable, out var demo) ? demo : null;
    }

    /// <summary>Environment variables a setting may read (the public URL is not a secret, but lives beside them).</summary>
    public string? Setting(string variable) => environment(variable) is { Length: > 0 } value ? value : null;
}
