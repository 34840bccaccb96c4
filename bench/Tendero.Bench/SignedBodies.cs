using System.Text;
using Tendero.Channels.WhatsApp;
using Tendero.Config;

namespace Tendero.Bench;

/// <summary>One webhook body and its <c>X-Hub-Signature-256</c> header value.</summary>
internal readonly record struct SignedBody(byte[] Body, string Signature);

/// <summary>
/// REFERENCE §13.2 vector 1 (an inbound text), each with its own <c>messages[0].id</c> so that the dedupe does not
/// turn it into a no-op, spread over 1,000 senders, signed with La Fonda's demo app secret. All made before timing.
/// </summary>
internal static class SignedBodies
{
    public const string Path = "/webhooks/whatsapp/la-fonda";
    public const string PhoneNumberId = "106540352242922";

    public static string AppSecret => Secrets.DemoDefaults["WHATSAPP_APP_SECRET"];

    public static SignedBody[] Create(int count)
    {
        var run = Guid.NewGuid().ToString("N")[..12];
        var bodies = new SignedBody[count];
        Parallel.For(0, count, i => bodies[i] = Sign(Body(run, i)));
        return bodies;
    }

    public static SignedBody Sign(byte[] body) => new(body, WhatsAppSignature.Sign(body, AppSecret));

    private static byte[] Body(string run, int i)
    {
        var from = $"5076{i % 1000:D7}";
        return Encoding.UTF8.GetBytes(
            "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":[{\"value\":"
            + "{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550783881\",\"phone_number_id\":\"" + PhoneNumberId + "\"},"
            + $"\"contacts\":[{{\"profile\":{{\"name\":\"Ana Perez\"}},\"wa_id\":\"{from}\"}}],"
            + $"\"messages\":[{{\"from\":\"{from}\",\"id\":\"wamid.BENCH{run}{i:D9}\",\"timestamp\":\"1750000000\",\"type\":\"text\","
            + "\"text\":{\"body\":\"Hola, mi pedido ya salio?\"}}]},\"field\":\"messages\"}]}]}");
    }
}
