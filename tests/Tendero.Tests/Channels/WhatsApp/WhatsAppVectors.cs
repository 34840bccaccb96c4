using System.Text;

namespace Tendero.Tests.Channels.WhatsApp;

/// <summary>The signed webhook bodies of REFERENCE.md §13.2, byte for byte (compact UTF-8, no trailing newline).</summary>
internal static class WhatsAppVectors
{
    public const string AppSecret = "test_app_secret";
    public const string PhoneNumberId = "106540352242922";
    public const string SentWamid = "wamid.HBgLNTA3NjEyMzQ1NjcVAgARGBI5QTNDRDc2RjE0QjU4MkM4QjMA";

    private const string Prefix = """{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},""";
    private const string Suffix = """},"field":"messages"}]}]}""";

    public const string TextMiddle = """
        "contacts":[{"profile":{"name":"Ana Perez"},"wa_id":"50761234567"}],"messages":[{"from":"50761234567","id":"wamid.HBgLNTA3NjEyMzQ1NjcVAgASGBQzQUE1MEY3QjdBQzQ1RTEyMzQ1NgA=","timestamp":"1750000000","type":"text","text":{"body":"Hola, mi pedido ya salio?"}}]
        """;
    public const string SentMiddle = """
        "statuses":[{"id":"wamid.HBgLNTA3NjEyMzQ1NjcVAgARGBI5QTNDRDc2RjE0QjU4MkM4QjMA","status":"sent","timestamp":"1750000100","recipient_id":"50761234567","pricing":{"billable":true,"pricing_model":"PMP","type":"regular","category":"utility"}}]
        """;
    public const string ReadMiddle = """
        "statuses":[{"id":"wamid.HBgLNTA3NjEyMzQ1NjcVAgARGBI5QTNDRDc2RjE0QjU4MkM4QjMA","status":"read","timestamp":"1750000300","recipient_id":"50761234567"}]
        """;
    public const string FailedMiddle = """
        "statuses":[{"id":"wamid.HBgLNTA3NjEyMzQ1NjcVAgARGBJBQjEyQ0QzNEVGNTY3ODkwAA==","status":"failed","timestamp":"1750090000","recipient_id":"50761234567","errors":[{"code":131047,"title":"Re-engagement message","message":"Re-engagement message","error_data":{"details":"Message failed to send because more than 24 hours have passed since the customer last replied to this number."},"href":"https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"}]}]
        """;
    public const string EscapedMiddle = """
        "contacts":[{"profile":{"name":"Ana P\u00e9rez"},"wa_id":"50761234567"}],"messages":[{"from":"50761234567","id":"wamid.HBgLNTA3NjEyMzQ1NjcVAgASGBQzQUI3OEM5RDBFMUYyMzQ1Njc4OQA=","timestamp":"1750000500","type":"text","text":{"body":"\u00bfEnv\u00edan a Panam\u00e1?"}}]
        """;

    /// <summary>(name, body, signature) for vectors 1–5.</summary>
    public static TheoryData<string, string, string> Signed => new()
    {
        { "1 text", Body(TextMiddle), "sha256=7b77b6c2cbbb9de71e001f05a18a469cbf7b66b21b16cfc4b1204372e57b9971" },
        { "2 sent", Body(SentMiddle), "sha256=e796ebb33504ec7863e24980d2f91fddd69457520303a2c683618523e2e4b318" },
        { "3 read", Body(ReadMiddle), "sha256=4a1541bf4c2a949e508f16a6d2a51aa50d590b536c2ae903cfac84eee0eecfb3" },
        { "4 failed", Body(FailedMiddle), "sha256=6fa86e659f6b263be6b3b9258624bfbe05322b83af8618a75692e45d6d978bc7" },
        { "5 escaped", Body(EscapedMiddle), EscapedSignature },
    };

    public const string EscapedSignature = "sha256=c349d61b810d9e2b1e7a4db1024eae6044f7828d43ce7aeeeb54abc341ad7983";
    public const string RawUtf8Signature = "sha256=2836bcd61c39c61815eb0da3f84acbb51c400de4d6a63fb3eb89f9aa4de56bf4";

    /// <summary>Vector 5 as a re-serializer would write it: raw UTF-8 instead of \uXXXX escapes.</summary>
    public static string RawUtf8Body => Body(EscapedMiddle
        .Replace("\\u00e9", "é", StringComparison.Ordinal).Replace("\\u00bf", "¿", StringComparison.Ordinal)
        .Replace("\\u00ed", "í", StringComparison.Ordinal).Replace("\\u00e1", "á", StringComparison.Ordinal));

    public static string Body(string middle) => Prefix + middle + Suffix;

    public static byte[] Bytes(string body) => Encoding.UTF8.GetBytes(body);

    /// <summary>A whole body from its entries, for tests that batch or vary them.</summary>
    public static string Envelope(params string[] entries) =>
        $$"""{"object":"whatsapp_business_account","entry":[{{string.Join(",", entries)}}]}""";

    /// <summary>One entry whose changes each carry the given value members for a phone number id.</summary>
    public static string Entry(string phoneNumberId, params string[] middles) =>
        $$"""{"id":"102290129340398","changes":[{{string.Join(",", middles.Select(m => Change(phoneNumberId, m)))}}]}""";

    public static string Change(string phoneNumberId, string middle, string field = "messages") =>
        $$"""{"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"{{phoneNumberId}}"},{{middle}}},"field":"{{field}}"}""";
}
