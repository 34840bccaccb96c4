using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Tendero.Simulator;

namespace Tendero.Tests.Simulator;

public sealed class PeopleControlTests
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task PutPerson_FullBody_StoresItAndGetListsIt()
    {
        await using var h = await SimHarness.StartAsync();

        using var put = await h.Http.PutAsync("/_sim/people/%2B50761234567", Json("""
            {"read":"after","read_delay":"02:00:00","reply_text":"1","reply_delay":"00:05:00","press_button":true,
             "button_delay":"00:00:30","answer_call":"press_digits","digits":"1","answer_delay":"00:00:04"}
            """));
        var list = JsonNode.Parse(await h.Http.GetStringAsync("/_sim/people"))!.AsArray();

        Assert.Equal(200, (int)put.StatusCode);
        Assert.Equal(new SimPersonBehaviour
        {
            Read = SimRead.After, ReadDelay = TimeSpan.FromHours(2), ReplyText = "1", ReplyDelay = TimeSpan.FromMinutes(5), PressButton = true,
            ButtonDelay = TimeSpan.FromSeconds(30), AnswerCall = SimCallAnswer.PressDigits, Digits = "1", AnswerDelay = TimeSpan.FromSeconds(4),
        }, h.Simulator.Behaviours["+50761234567"]);
        var entry = Assert.Single(list)!;
        Assert.Equal(("+50761234567", "after", "02:00:00", "press_digits"),
            ((string?)entry["address"], (string?)entry["read"], (string?)entry["read_delay"], (string?)entry["answer_call"]));
    }

    [Fact]
    public async Task PutPerson_PartialBodyAndTelegramChat_OtherFieldsTakeDefaults()
    {
        await using var h = await SimHarness.StartAsync();
        h.Simulator.SetBehaviour("-100200", new SimPersonBehaviour { ReplyText = "old" });

        using var put = await h.Http.PutAsync("/_sim/people/-100200", Json("""{"read":"never"}"""));

        Assert.Equal(200, (int)put.StatusCode);
        Assert.Equal(new SimPersonBehaviour { Read = SimRead.Never }, h.Simulator.Behaviours["-100200"]);
    }

    [Theory]
    [InlineData("+50761234567", """{"reply":"1"}""", "reply")]
    [InlineData("+50761234567", """{"read":"sometimes"}""", "read")]
    [InlineData("+50761234567", """{"reply_delay":"-00:00:01"}""", "reply_delay")]
    [InlineData("+50761234567", """{"answer_call":"press_digits","digits":"uno"}""", "digits")]
    [InlineData("+50761234567", """{"reply_text":""}""", "reply_text")]
    [InlineData("+50761234567", "[1]", "JSON object")]
    [InlineData("ana", """{"read":"never"}""", "'ana'")]
    public async Task PutPerson_BadInput_Returns400ProblemNamingTheField(string address, string body, string named)
    {
        await using var h = await SimHarness.StartAsync();

        using var put = await h.Http.PutAsync($"/_sim/people/{Uri.EscapeDataString(address)}", Json(body));
        var problem = JsonNode.Parse(await put.Content.ReadAsStringAsync())!;

        Assert.Equal(400, (int)put.StatusCode);
        Assert.Equal("application/problem+json", put.Content.Headers.ContentType?.MediaType);
        Assert.Contains(named, (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Empty(h.Simulator.Behaviours);
    }

    [Fact]
    public async Task DeletePerson_Known_Returns204ThenUnknown404()
    {
        await using var h = await SimHarness.StartAsync();
        h.Simulator.SetBehaviour("+50761234567", new SimPersonBehaviour());

        using var first = await h.Http.DeleteAsync("/_sim/people/+50761234567");
        using var second = await h.Http.DeleteAsync("/_sim/people/+50761234567");

        Assert.Equal((204, 404), ((int)first.StatusCode, (int)second.StatusCode));
        Assert.Empty(h.Simulator.Behaviours);
    }

    [Fact]
    public async Task Journal_AfterAPersonActs_ListsPersonActionsInSnakeCase()
    {
        await using var h = await SimHarness.StartAsync(o => o.Behaviour.CallDuration = TimeSpan.Zero);
        var form = new Dictionary<string, string>
        {
            ["To"] = "+50761234567", ["From"] = SimHarness.TwilioNumber, ["Twiml"] = "<Response><Say>Hola</Say></Response>",
        };
        await SimHttp.TwilioAsync(h, SimHarness.CallsPath, form);
        await h.Simulator.WhenIdleAsync(TimeSpan.FromSeconds(5));

        var journal = await h.Http.GetFromJsonAsync<JsonObject>("/_sim/journal");

        var action = journal!["person_actions"]![0]!;
        Assert.Equal(("call_ended", "completed", 0), ((string?)action["action"], (string?)action["value"], (int?)action["call_duration"]));
    }
}
