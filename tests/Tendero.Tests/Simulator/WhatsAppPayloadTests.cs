using System.Text;
using System.Text.Json.Nodes;
using Tendero.Simulator;
using Tendero.Simulator.Infrastructure;
using Tendero.Simulator.WhatsApp;

namespace Tendero.Tests.Simulator;

/// <summary>The simulator's webhook bytes against REFERENCE §13.2: same fields, same order, same escaping, same signature.</summary>
public sealed class WhatsAppPayloadTests
{
    private const string Prefix = """{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},""";
    private const string Suffix = """},"field":"messages"}]}]}""";

    private static readonly SimWhatsAppAccount Account = new()
    {
        PhoneNumberId = "106540352242922", AccessToken = "t", AppSecret = "test_app_secret",
    };

    private static readonly DateTimeOffset At = DateTimeOffset.FromUnixTimeSeconds(1750000000);

    [Fact]
    public void Sign_UpstreamVector_MatchesMeta() => Assert.Equal(
        "sha256=0329a06b62cd16b33eb6792be8c60b158d89a2ee3a876fce9a881ebb488c0914", MetaSignature.Sign("secret", "test"u8));

    [Fact]
    public void Inbound_Vector1Text_MatchesBytesAndSignature()
    {
        var bytes = Inbound("Ana Perez", "wamid.HBgLNTA3NjEyMzQ1NjcVAgASGBQzQUE1MEY3QjdBQzQ1RTEyMzQ1NgA=", At, "Hola, mi pedido ya salio?");

        Assert.Equal(Prefix + "\"" + """contacts":[{"profile":{"name":"Ana Perez"},"wa_id":"50761234567"}],"messages":[{"from":"50761234567","id":"wamid.HBgLNTA3NjEyMzQ1NjcVAgASGBQzQUE1MEY3QjdBQzQ1RTEyMzQ1NgA=","timestamp":"1750000000","type":"text","text":{"body":"Hola, mi pedido ya salio?"}}]""" + Suffix,
            Encoding.ASCII.GetString(bytes));
        Assert.Equal("sha256=7b77b6c2cbbb9de71e001f05a18a469cbf7b66b21b16cfc4b1204372e57b9971", MetaSignature.Sign("test_app_secret", bytes));
    }

    [Fact]
    public void Inbound_Vector5NonAscii_IsEscapedAsMetaSignsIt()
    {
        var bytes = Inbound("Ana Pérez", "wamid.HBgLNTA3NjEyMzQ1NjcVAgASGBQzQUI3OEM5RDBFMUYyMzQ1Njc4OQA=",
            DateTimeOffset.FromUnixTimeSeconds(1750000500), "¿Envían a Panamá?");

        Assert.Contains("""Ana P\u00e9rez""", Encoding.ASCII.GetString(bytes), StringComparison.Ordinal);
        Assert.All(bytes, b => Assert.True(b < 128));
        Assert.Equal("sha256=c349d61b810d9e2b1e7a4db1024eae6044f7828d43ce7aeeeb54abc341ad7983", MetaSignature.Sign("test_app_secret", bytes));
    }

    [Fact]
    public void Status_Vector2Sent_MatchesSignature()
    {
        var item = WhatsAppJson.Status("wamid.HBgLNTA3NjEyMzQ1NjcVAgARGBI5QTNDRDc2RjE0QjU4MkM4QjMA", "sent",
            DateTimeOffset.FromUnixTimeSeconds(1750000100), "50761234567", null, WhatsAppJson.Pricing(template: true), null);

        var bytes = SimJson.MetaAscii(WhatsAppJson.Envelope(Account, ("statuses", new JsonArray(item))));

        Assert.Equal("sha256=e796ebb33504ec7863e24980d2f91fddd69457520303a2c683618523e2e4b318", MetaSignature.Sign("test_app_secret", bytes));
    }

    [Fact]
    public void Status_Vector4Failed_MatchesSignature()
    {
        var item = WhatsAppJson.Status("wamid.HBgLNTA3NjEyMzQ1NjcVAgARGBJBQjEyQ0QzNEVGNTY3ODkwAA==", "failed",
            DateTimeOffset.FromUnixTimeSeconds(1750090000), "50761234567", null, null, WhatsAppErrors.ReEngagementError());

        var bytes = SimJson.MetaAscii(WhatsAppJson.Envelope(Account, ("statuses", new JsonArray(item))));

        Assert.Equal("sha256=6fa86e659f6b263be6b3b9258624bfbe05322b83af8618a75692e45d6d978bc7", MetaSignature.Sign("test_app_secret", bytes));
    }

    [Fact]
    public void MetaAscii_EmojiAndEscapes_BecomeLowercaseSurrogateEscapes()
    {
        var text = Encoding.ASCII.GetString(SimJson.MetaAscii(new JsonObject { ["t"] = "ñ 😊 \"q\" \\u00E9" }));

        Assert.Equal("""{"t":"\u00f1 \ud83d\ude0a \"q\" \\u00E9"}""", text);
        Assert.Equal("ñ 😊 \"q\" \\u00E9", (string?)JsonNode.Parse(text)!["t"]);
    }

    [Fact]
    public void NewWamid_Outbound_DecodesToTheCustomerNumber()
    {
        var wamid = WhatsAppJson.NewWamid("50761234567", inbound: false, new SimRandom(1));

        var decoded = Encoding.ASCII.GetString(Convert.FromBase64String(wamid["wamid.".Length..]));

        Assert.StartsWith("wamid.HBgL", wamid, StringComparison.Ordinal);
        Assert.Contains("50761234567", decoded, StringComparison.Ordinal);
    }

    private static byte[] Inbound(string name, string wamid, DateTimeOffset at, string text) => SimJson.MetaAscii(WhatsAppJson.Envelope(Account,
        ("contacts", new JsonArray(WhatsAppJson.Contact(name, "50761234567"))),
        ("messages", new JsonArray(WhatsAppJson.Message("50761234567", wamid, at, "text", new JsonObject { ["body"] = text }, null)))));
}
