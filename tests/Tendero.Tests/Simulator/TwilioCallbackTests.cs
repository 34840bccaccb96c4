using System.Security.Cryptography;
using System.Text;
using Tendero.Simulator;

namespace Tendero.Tests.Simulator;

public sealed class TwilioCallbackTests
{
    /// <summary>Independent of the simulator's signer: REFERENCE §3.2 written out, URL exactly as posted to.</summary>
    private static void AssertSigned(ReceivedRequest request, string url)
    {
        var data = new StringBuilder(url);
        foreach (var (name, value) in request.Form.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            data.Append(name).Append(value);
        }

#pragma warning disable CA5350 // Twilio's signature is HMAC-SHA1 by definition.
        var expected = Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(SimHarness.AuthToken), Encoding.UTF8.GetBytes(data.ToString())));
#pragma warning restore CA5350
        Assert.Equal(expected, request.Header("X-Twilio-Signature"));
    }

    [Fact]
    public async Task StatusCallback_Delivered_PostsSignedSentThenDelivered()
    {
        await using var h = await SimHarness.StartAsync();
        var url = h.Receiver.Url("/status?lane=7");

        var (_, body, _) = await SimHttp.TwilioAsync(h, SimHarness.MessagesPath, SimHttp.Sms("+50761234567", "Hola", url));
        await h.Simulator.WhenIdleAsync(TimeSpan.FromSeconds(5));

        var callbacks = h.Receiver.Received;
        Assert.Equal(["sent", "delivered"], callbacks.Select(c => c.Form["MessageStatus"]));
        Assert.All(callbacks, c => AssertSigned(c, url));
        var delivered = callbacks[1].Form;
        Assert.Equal((string?)body["sid"], delivered["MessageSid"]);
        Assert.Equal(delivered["MessageSid"], delivered["SmsSid"]);
        Assert.Equal("delivered", delivered["SmsStatus"]);
        Assert.Equal((SimHarness.AccountSid, SimHarness.TwilioNumber, "+50761234567", "2010-04-01"),
            (delivered["AccountSid"], delivered["From"], delivered["To"], delivered["ApiVersion"]));
        Assert.False(delivered.ContainsKey("ErrorCode"));
        Assert.StartsWith("application/x-www-form-urlencoded", callbacks[0].Header("Content-Type"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusCallback_Undelivered_CarriesErrorCode30003()
    {
        await using var h = await SimHarness.StartAsync(o => o.Behaviour.SmsUndeliveredProbability = 1);

        await SimHttp.TwilioAsync(h, SimHarness.MessagesPath, SimHttp.Sms("+50761234567", "Hola", h.Receiver.Url("/status")));
        await h.Simulator.WhenIdleAsync(TimeSpan.FromSeconds(5));

        var last = h.Receiver.Received[^1].Form;
        Assert.Equal(("undelivered", "30003"), (last["MessageStatus"], last["ErrorCode"]));
    }

    [Fact]
    public async Task Pacing_TwoMessagesFromOneNumber_SecondIsSentOneSegmentSecondLater()
    {
        await using var h = await SimHarness.StartAsync();
        var start = h.Time.GetUtcNow();

        await SimHttp.TwilioAsync(h, SimHarness.MessagesPath, SimHttp.Sms("+50761234567", new string('a', 161)));
        await SimHttp.TwilioAsync(h, SimHarness.MessagesPath, SimHttp.Sms("+50761234568", "Hola"));

        var messages = h.Journal.OutboundMessages(SimProvider.Twilio);
        Assert.Equal([2, 1], messages.Select(m => m.Segments));
        Assert.Equal([start + TimeSpan.FromSeconds(1), start + TimeSpan.FromSeconds(2)], messages.Select(m => m.SentAt!.Value));
    }

    [Fact]
    public async Task StatusCallback_QueuedBehindPacing_WaitsForTheSimulatorClock()
    {
        await using var h = await SimHarness.StartAsync();
        var url = h.Receiver.Url("/status");
        await SimHttp.TwilioAsync(h, SimHarness.MessagesPath, SimHttp.Sms("+50761234567", "uno", url));
        await h.Simulator.WhenIdleAsync(TimeSpan.FromSeconds(5));

        await SimHttp.TwilioAsync(h, SimHarness.MessagesPath, SimHttp.Sms("+50761234567", "dos", url));
        await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System);
        var beforeAdvance = h.Receiver.Received.Count;
        h.Time.Advance(TimeSpan.FromSeconds(1));
        await h.Simulator.WhenIdleAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(2, beforeAdvance);
        Assert.Equal(4, h.Receiver.Received.Count);
    }

    [Fact]
    public async Task CallStatusCallback_AfterCallDuration_PostsSignedCompleted()
    {
        await using var h = await SimHarness.StartAsync(o => o.Behaviour.CallDuration = TimeSpan.Zero);
        var url = h.Receiver.Url("/voice/status");
        var form = new Dictionary<string, string>
        {
            ["To"] = "+50761234567", ["From"] = SimHarness.TwilioNumber, ["Url"] = "https://tendero.example/twiml", ["StatusCallback"] = url,
        };

        var (_, body, _) = await SimHttp.TwilioAsync(h, SimHarness.CallsPath, form);
        await h.Simulator.WhenIdleAsync(TimeSpan.FromSeconds(5));

        var callback = Assert.Single(h.Receiver.Received);
        AssertSigned(callback, url);
        Assert.Equal(((string?)body["sid"], "completed", "outbound-api"),
            (callback.Form["CallSid"], callback.Form["CallStatus"], callback.Form["Direction"]));
    }

    [Fact]
    public async Task SendSms_Customer_PostsSignedInboundToSmsWebhook()
    {
        await using var h = await SimHarness.StartAsync();

        var result = await h.Simulator.Customers.SendSmsAsync(SimHarness.AccountSid, "+50761234567", SimHarness.TwilioNumber, "¿Tienen mesa?");

        Assert.Equal(200, result.HttpStatus);
        var webhook = Assert.Single(h.Receiver.Received);
        AssertSigned(webhook, h.Receiver.Url("/sms"));
        var form = webhook.Form;
        Assert.Equal((result.ProviderId, result.ProviderId, "¿Tienen mesa?", "received", "0", "1"),
            (form["MessageSid"], form["SmsMessageSid"], form["Body"], form["SmsStatus"], form["NumMedia"], form["NumSegments"]));
        Assert.Equal(SimHarness.TwilioNumber, form["To"]);
    }
}
