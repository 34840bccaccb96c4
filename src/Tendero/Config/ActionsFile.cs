namespace Tendero.Config;

// The actions: section as written. ActionsMapper checks it and names the bad field.
internal sealed class ActionFile
{
    public string? Name { get; set; }
    public string? On { get; set; }
    public WebhookFile? Webhook { get; set; }
    public SoapFile? Soap { get; set; }
}

internal sealed class WebhookFile
{
    public string? Url { get; set; }
    public string? SecretEnv { get; set; }
    public string? Timeout { get; set; }
}

internal sealed class SoapFile
{
    public string? Url { get; set; }
    public string? Action { get; set; }
    public string? EnvelopeFile { get; set; }
    public string? Timeout { get; set; }
}
