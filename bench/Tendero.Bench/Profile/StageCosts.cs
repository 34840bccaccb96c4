using Microsoft.AspNetCore.Http;
using Tendero.Channels;
using Tendero.Channels.WhatsApp;

namespace Tendero.Bench.Profile;

/// <summary>The CPU the request path spends before the database, one step at a time, on one thread.</summary>
internal static class StageCosts
{
    public static async Task RunAsync(CancellationToken ct)
    {
        var bodies = SignedBodies.Create(50_000);
        Console.WriteLine($"Request path, per webhook ({bodies[0].Body.Length} bytes), one thread:");
        await Timing.MeasureAsync("read the body (WebhookBody.ReadAsync: 16 KB chunk, MemoryStream, ToArray)", bodies, async b =>
        {
            var context = new DefaultHttpContext();
            context.Request.Body = new MemoryStream(b.Body, writable: false);
            context.Request.ContentLength = b.Body.Length;
            await WebhookBody.ReadAsync(context.Request, ct);
        });
        await Timing.Measure("check the signature (WhatsAppSignature.IsValid)", bodies,
            b => WhatsAppSignature.IsValid(b.Body, b.Signature, SignedBodies.AppSecret));
        await Timing.Measure("parse (WhatsAppParser.Parse: JsonDocument, GetRawText, records)", bodies,
            b => WhatsAppParser.Parse("la-fonda", SignedBodies.PhoneNumberId, b.Body));
    }
}
