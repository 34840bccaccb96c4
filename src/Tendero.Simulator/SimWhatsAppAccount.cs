namespace Tendero.Simulator;

/// <summary>A WhatsApp Cloud API phone number as Meta knows it.</summary>
public sealed record SimWhatsAppAccount
{
    /// <summary>The Graph id in <c>/{version}/{phone-number-id}/messages</c>.</summary>
    public required string PhoneNumberId { get; init; }

    /// <summary>The bearer token the sender must present.</summary>
    public required string AccessToken { get; init; }

    /// <summary>Key of the <c>X-Hub-Signature-256</c> HMAC on every webhook.</summary>
    public required string AppSecret { get; init; }

    /// <summary>Where inbound messages and statuses are posted; null = nowhere yet.</summary>
    public string? WebhookUrl { get; init; }

    /// <summary><c>entry[].id</c> of webhooks. The default matches REFERENCE §13.2 so its vectors reproduce.</summary>
    public string WabaId { get; init; } = "102290129340398";

    /// <summary><c>metadata.display_phone_number</c> of webhooks (digits, no plus). Default as in REFERENCE §13.2.</summary>
    public string DisplayPhoneNumber { get; init; } = "15550783881";
}
