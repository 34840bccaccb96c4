using Tendero.Simulator;

namespace Tendero.Tests.Simulator;

public sealed class PeopleCallTests
{
    private const string Person = "+50761234567";

    private static string AlertTwiml(string action, string extra = "") =>
        $"""<Response><Gather numDigits="1" action="{action}" method="POST"{extra}><Say language="es-MX">Alerta del congelador. Presione 1 para confirmar.</Say></Gather><Say language="es-MX">Adiós.</Say></Response>""";

    private static Dictionary<string, string> Call(string twiml, string statusCallback, string? timeout = null)
    {
        var form = new Dictionary<string, string>
        {
            ["To"] = Person, ["From"] = SimHarness.TwilioNumber, ["Twiml"] = twiml, ["StatusCallback"] = statusCallback,
        };
        if (timeout is not null)
        {
            form["Timeout"] = timeout;
        }

        return form;
    }

    private static bool Path(ReceivedRequest r, string path) => r.Path == path;

    [Fact]
    public async Task PressDigits_AfterDelay_PostsSignedGatherThenCompletedWithCallDuration()
    {
        await using var h = await SimHarness.StartAsync();
        h.Simulator.SetBehaviour(Person, new SimPersonBehaviour { AnswerCall = SimCallAnswer.PressDigits, Digits = "1", AnswerDelay = TimeSpan.FromSeconds(3) });
        var action = h.Receiver.Url("/webhooks/twilio/la-fonda/voice");
        var status = h.Receiver.Url("/voice/status");
        var start = h.Time.GetUtcNow();

        var (_, body, _) = await SimHttp.TwilioAsync(h, SimHarness.CallsPath, Call(AlertTwiml(action), status));
        h.Time.Advance(TimeSpan.FromSeconds(3));
        var gather = Assert.Single(await h.Receiver.WaitForAsync(1, r => Path(r, "/webhooks/twilio/la-fonda/voice")));
        var completedEarly = h.Receiver.Received.Any(r => Path(r, "/voice/status"));
        h.Time.Advance(TimeSpan.FromSeconds(2));
        await h.Simulator.WhenIdleAsync(TimeSpan.FromSeconds(5));

        var sid = (string)body["sid"]!;
        SimSignatures.AssertTwilio(gather, action);
        Assert.Equal(new Dictionary<string, string>
        {
            ["AccountSid"] = SimHarness.AccountSid, ["CallSid"] = sid, ["From"] = SimHarness.TwilioNumber, ["To"] = Person, ["Digits"] = "1",
            ["CallStatus"] = "in-progress", ["Direction"] = "outbound-api", ["ApiVersion"] = "2010-04-01",
        }, gather.Form);
        Assert.False(completedEarly);
        var final = Assert.Single(h.Receiver.Received, r => Path(r, "/voice/status"));
        SimSignatures.AssertTwilio(final, status);
        Assert.Equal((sid, "completed", "5"), (final.Form["CallSid"], final.Form["CallStatus"], final.Form["CallDuration"]));
        var actions = h.Journal.PersonActions(SimProvider.Twilio);
        Assert.Equal([(PersonAction.Keypress, "1", start + TimeSpan.FromSeconds(3)), (PersonAction.CallEnded, "completed", start + TimeSpan.FromSeconds(5))],
            actions.Select(a => (a.Action, a.Value, a.At)));
        Assert.Equal(5, actions[1].CallDuration);
    }

    [Fact]
    public async Task PressDigits_MoreKeysThanNumDigits_PostsOnlyNumDigits()
    {
        await using var h = await SimHarness.StartAsync(o => o.Behaviour.CallDuration = TimeSpan.Zero);
        h.Simulator.SetBehaviour(Person, new SimPersonBehaviour { AnswerCall = SimCallAnswer.PressDigits, Digits = "12#" });

        await SimHttp.TwilioAsync(h, SimHarness.CallsPath, Call(AlertTwiml(h.Receiver.Url("/voice")), h.Receiver.Url("/status")));
        await h.Simulator.WhenIdleAsync(TimeSpan.FromSeconds(5));

        Assert.Equal("1", Assert.Single(h.Receiver.Received, r => Path(r, "/voice")).Form["Digits"]);
    }

    [Fact]
    public async Task NoAnswer_RingsForTimeout_PostsNoAnswerWithZeroDuration()
    {
        await using var h = await SimHarness.StartAsync();
        h.Simulator.SetBehaviour(Person, new SimPersonBehaviour { AnswerCall = SimCallAnswer.NoAnswer });
        var start = h.Time.GetUtcNow();

        await SimHttp.TwilioAsync(h, SimHarness.CallsPath, Call(AlertTwiml(h.Receiver.Url("/voice")), h.Receiver.Url("/status"), timeout: "20"));
        h.Time.Advance(TimeSpan.FromSeconds(20));
        await h.Simulator.WhenIdleAsync(TimeSpan.FromSeconds(5));

        var final = Assert.Single(h.Receiver.Received);
        Assert.Equal(("/status", "no-answer", "0"), (final.Path, final.Form["CallStatus"], final.Form["CallDuration"]));
        var ended = Assert.Single(h.Journal.PersonActions());
        Assert.Equal((PersonAction.CallEnded, "no-answer", 0, start + TimeSpan.FromSeconds(20)), (ended.Action, ended.Value, ended.CallDuration, ended.At));
    }

    [Fact]
    public async Task Silent_DefaultPerson_CompletesAfterCallDurationWithoutKeys()
    {
        await using var h = await SimHarness.StartAsync();

        await SimHttp.TwilioAsync(h, SimHarness.CallsPath, Call(AlertTwiml(h.Receiver.Url("/voice")), h.Receiver.Url("/status")));
        h.Time.Advance(TimeSpan.FromSeconds(5));
        await h.Simulator.WhenIdleAsync(TimeSpan.FromSeconds(5));

        var final = Assert.Single(h.Receiver.Received);
        Assert.Equal(("/status", "completed", "5"), (final.Path, final.Form["CallStatus"], final.Form["CallDuration"]));
        Assert.Equal(PersonAction.CallEnded, Assert.Single(h.Journal.PersonActions()).Action);
    }

    [Fact]
    public async Task AnswerProbability_PersonWithoutBehaviour_PressesOne()
    {
        await using var h = await SimHarness.StartAsync(o =>
        {
            o.Behaviour.AnswerProbability = 1;
            o.Behaviour.AnswerDelay = TimeSpan.Zero;
            o.Behaviour.CallDuration = TimeSpan.Zero;
        });

        await SimHttp.TwilioAsync(h, SimHarness.CallsPath, Call(AlertTwiml(h.Receiver.Url("/voice")), h.Receiver.Url("/status")));
        await h.Simulator.WhenIdleAsync(TimeSpan.FromSeconds(5));

        Assert.Equal("1", Assert.Single(h.Receiver.Received, r => Path(r, "/voice")).Form["Digits"]);
    }

    [Theory]
    [InlineData("<Response><Gather>")]
    [InlineData("not xml at all")]
    [InlineData("<Hangup/>")]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><Response><Say>&b;</Say></Response>""")]
    public async Task CreateCall_MalformedOrHostileTwiml_CallFailsWithJournalNote(string twiml)
    {
        await using var h = await SimHarness.StartAsync();
        h.Simulator.SetBehaviour(Person, new SimPersonBehaviour { AnswerCall = SimCallAnswer.PressDigits });

        var (status, _, _) = await SimHttp.TwilioAsync(h, SimHarness.CallsPath, Call(twiml, h.Receiver.Url("/status")));
        await h.Simulator.WhenIdleAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(201, status);
        var final = Assert.Single(h.Receiver.Received);
        Assert.Equal(("failed", "0"), (final.Form["CallStatus"], final.Form["CallDuration"]));
        var ended = Assert.Single(h.Journal.PersonActions());
        Assert.Equal((PersonAction.CallEnded, "failed"), (ended.Action, ended.Value));
        Assert.StartsWith("12100 Document parse failure", ended.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PressDigits_RelativeAction_JournalsKeysWithNoteAndPostsNothingToIt()
    {
        await using var h = await SimHarness.StartAsync(o => o.Behaviour.CallDuration = TimeSpan.Zero);
        h.Simulator.SetBehaviour(Person, new SimPersonBehaviour { AnswerCall = SimCallAnswer.PressDigits });

        await SimHttp.TwilioAsync(h, SimHarness.CallsPath, Call(AlertTwiml("/ivr/choice"), h.Receiver.Url("/status")));
        await h.Simulator.WhenIdleAsync(TimeSpan.FromSeconds(5));

        Assert.Equal("/status", Assert.Single(h.Receiver.Received).Path);
        var keys = Assert.Single(h.Journal.PersonActions(), a => a.Action == PersonAction.Keypress);
        Assert.Contains("absolute", keys.Note, StringComparison.Ordinal);
    }
}
