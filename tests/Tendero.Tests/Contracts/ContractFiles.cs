using System.Collections.Frozen;
using System.Text.Json;

namespace Tendero.Tests.Contracts;

/// <summary>
/// The providers' official API descriptions, loaded once per test run. They live outside the repo
/// (shared/contracts beside it, see its README.md) so that nobody edits a copy: locally that is
/// /work/shared/contracts next to /work/main, in CI it is X/../shared/contracts for a clone in X.
/// </summary>
internal static class ContractFiles
{
    private static readonly Lazy<string> LazyFolder = new(FindFolder);

    // Each file is a megabyte or two: parse it once. The contracts are immutable after loading,
    // so sharing them between parallel test classes is safe.
    private static readonly Lazy<JsonElement> LazyWhatsAppDocument = new(() =>
        YamlToJson.Load(Path.Combine(Folder, "whatsapp", "business-messaging-api_v23.0.yaml")));

    // Meta's template button index pattern "^[2-6, 11-14]$" rejects Meta's own index "0": patterns off.
    private static readonly Lazy<OpenApiContract> LazyWhatsApp = new(() =>
        new OpenApiContract(LazyWhatsAppDocument.Value, checkPatterns: false));

    private static readonly Lazy<OpenApiContract> LazyWhatsAppWebhooks = new(() =>
        new OpenApiContract(LazyWhatsAppDocument.Value, checkPatterns: false, InboundSchemas));

    // SID patterns such as ^(SM|MM)[0-9a-fA-F]{32}$ catch made-up ids.
    private static readonly Lazy<OpenApiContract> LazyTwilio = new(() =>
        new OpenApiContract(LoadJson(Path.Combine(Folder, "twilio", "twilio_api_v2010.json")), checkPatterns: true));

    private static readonly Lazy<TelegramContract> LazyTelegram = new(() => new TelegramContract(
        LoadJson(Path.Combine(Folder, "telegram", "api.json"))));

    /// <summary>The shared/contracts folder.</summary>
    public static string Folder => LazyFolder.Value;

    /// <summary>Meta's YAML as JSON, for reading its examples.</summary>
    public static JsonElement WhatsAppDocument => LazyWhatsAppDocument.Value;

    /// <summary>Meta's OpenAPI 3.1 description of the WhatsApp Cloud API, Graph v23.0, read as written.</summary>
    public static OpenApiContract WhatsApp => LazyWhatsApp.Value;

    /// <summary>
    /// The same file for webhook payloads (<c>WebhookPayload</c>, <c>POST /whatsapp/webhooks</c>), with
    /// <see cref="InboundSchemas"/> mended. Do not check sends with it: it reads TextMessage as the inbound one.
    /// </summary>
    public static OpenApiContract WhatsAppWebhooks => LazyWhatsAppWebhooks.Value;

    /// <summary>
    /// Meta's file merges several specs and renamed colliding schemas with a suffix (the inbound text
    /// message became TextMessage_2), but left the webhook's references on the old names, so every
    /// inbound message was checked against the send schema and Meta's own examples failed. These
    /// suffixed schemas are referenced nowhere else; WhatsAppContractTests proves the mismatch.
    /// </summary>
    public static IReadOnlyDictionary<string, string> InboundSchemas { get; } = new Dictionary<string, string>
    {
        ["BaseMessageProperties"] = "BaseMessageProperties_1",
        ["TextMessage"] = "TextMessage_2",
        ["ReactionMessage"] = "ReactionMessage_1",
        ["AudioMessage"] = "AudioMessage_1",
        ["DocumentMessage"] = "DocumentMessage_1",
        ["ImageMessage"] = "ImageMessage_1",
        ["StickerMessage"] = "StickerMessage_1",
        ["VideoMessage"] = "VideoMessage_1",
        ["LocationMessage"] = "LocationMessage_1",
        ["ContactObject"] = "ContactObject_1",
        ["ErrorObject"] = "ErrorObject_2",
    }.ToFrozenDictionary();

    /// <summary>Twilio's OpenAPI 3.0 description of the 2010-04-01 REST API.</summary>
    public static OpenApiContract Twilio => LazyTwilio.Value;

    /// <summary>Every Bot API method and type, scraped from core.telegram.org/bots/api.</summary>
    public static TelegramContract Telegram => LazyTelegram.Value;

    private static JsonElement LoadJson(string path)
    {
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.Clone();
    }

    private static string FindFolder()
    {
        var start = AppContext.BaseDirectory;
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "contracts");
            if (File.Exists(Path.Combine(candidate, "README.md")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"No shared/contracts/README.md in any folder above {start}. The contracts are not part of the repo: " +
            "place the shared folder beside the clone (X/../shared/contracts for a clone in X).");
    }
}
