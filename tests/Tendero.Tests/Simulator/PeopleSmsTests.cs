using Tendero.Simulator;

namespace Tendero.Tests.Simulator;

public sealed class PeopleSmsTests
{
    private const string Person = "+50761234567";

    [Fact]
    public async Task Reply_Sms_PostsSignedInboundFromThePersonReplyDelayAfterDelivery()
    {
        await using var h = await SimHarness.StartAsync();
        h.Simulator.SetBehaviour(Person, new SimPersonBehaviour { ReplyText = "1", ReplyDelay = TimeSpan.FromMinutes(3) });
        var sentAt = h.Time.GetUtcNow();

        var (_, body, _) = await SimHttp.TwilioAsync(h, SimHarness.MessagesPath, SimHttp.Sms(Person, "Alerta: responda 1 u OK"));
        h.Time.Advance(TimeSpan.FromMinutes(3));
        await h.Simulator.WhenIdleAsync(TimeSpan.FromSeconds(5));

        var inbound = Assert.Single(h.Receiver.Received);
        SimSignatures.AssertTwilio(inbound, h.Receiver.Url("/sms"));
        var form = inbound.Form;
        Assert.Equal((Person, SimHarness.TwilioNumber, "1", "received"), (form["From"], form["To"], form["Body"], form["SmsStatus"]));
        var action = Assert.Single(h.Journal.PersonActions());
        Assert.Equal((PersonAction.Reply, Person, (string?)body["sid"], "1", form["MessageSid"]),
            (action.Action, action.Address, action.ProviderId, action.Value, action.InboundId));
        Assert.Equal(sentAt + TimeSpan.FromMinutes(3), action.At);
    }

    [Fact]
    public async Task Reply_UndeliveredSms_NobodyAnswers()
    {
        await using var h = await SimHarness.StartAsync(o => o.Behaviour.SmsUndeliveredProbability = 1);
        h.Simulator.SetBehaviour(Person, new SimPersonBehaviour { ReplyText = "OK" });

        await SimHttp.TwilioAsync(h, SimHarness.MessagesPath, SimHttp.Sms(Person, "Alerta"));
        await h.Simulator.WhenIdleAsync(TimeSpan.FromSeconds(5));

        Assert.Empty(h.Receiver.Received);
        Assert.Empty(h.Journal.PersonActions());
    }

    [Fact]
    public async Task Reply_NoBehaviourAndDefaultWorld_NobodyAnswers()
    {
        await using var h = await SimHarness.StartAsync();

        await SimHttp.TwilioAsync(h, SimHarness.MessagesPath, SimHttp.Sms(Person, "Alerta"));
        await h.Simulator.WhenIdleAsync(TimeSpan.FromSeconds(5));

        Assert.Empty(h.Receiver.Received);
        Assert.Empty(h.Journal.PersonActions());
    }
}
