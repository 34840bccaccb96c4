using Tendero.Ai;
using Tendero.Ai.Routing;
using Tendero.Ai.Templates;
using Tendero.Config;
using Tendero.Tests.Ai.Routing;
using static Tendero.Tests.Ai.Routing.ScriptedChatClient;

namespace Tendero.Tests.Ai.Templates;

/// <summary>The filler through a real router with scripted tiers.</summary>
public sealed class TemplateFillerTests
{
    private const string Good = """{"parameters":["pollo","3 kg"],"sms":"Pollo: quedan 3 kg (minimo 10 kg)"}""";
    private const string Invented = """{"parameters":["pollo","5 kg"],"sms":"Pollo: quedan 5 kg"}""";

    private readonly RouterSetup setup = new();

    private Task<TemplateFill> FillAsync(ScriptedChatClient fast, ScriptedChatClient smart, SmsPolicy? sms = null) =>
        new TemplateFiller(setup.Router(fast, smart)).FillAsync(
            RouterSetup.Business, FillCheckTests.StockAlert, FillCheckTests.Text, FillCheckTests.Data, sms ?? new SmsPolicy(), default);

    [Fact]
    public async Task FillAsync_FastAnswersWell_UsesItsFill()
    {
        var fast = new ScriptedChatClient(Answer(Good));

        var fill = await FillAsync(fast, new ScriptedChatClient(Answer(Good)));

        Assert.Equal(["pollo", "3 kg"], fill.Parameters);
        Assert.Equal(("Pollo: quedan 3 kg (minimo 10 kg)", ModelTier.Fast), (fill.Sms, fill.Tier));
        Assert.Equal(ModelPurpose.FillTemplate, Assert.Single(setup.Ledger.Calls).Purpose);
        Assert.NotNull(fast.Calls[0]!.ResponseFormat);
    }

    [Fact]
    public async Task FillAsync_FastInventsNumbersTwice_SmartFillsIt()
    {
        var fast = new ScriptedChatClient(Answer(Invented));
        var smart = new ScriptedChatClient(Answer(Good));

        var fill = await FillAsync(fast, smart);

        Assert.Equal((ModelTier.Smart, 2), (fill.Tier, fast.Calls.Count));
        Assert.Equal("states numbers the alert does not: 5", setup.Ledger.Calls[0].Error);
    }

    [Fact]
    public async Task FillAsync_WrongCountAndTooLongEverywhere_FallsBackToTheRules()
    {
        var tooLong = $$"""{"parameters":["pollo","3 kg"],"sms":"{{new string('a', 400)}}"}""";
        var fast = new ScriptedChatClient(Answer("""{"parameters":["pollo"],"sms":"Quedan 3 kg"}"""));
        var smart = new ScriptedChatClient(Answer(tooLong));

        var fill = await FillAsync(fast, smart, new SmsPolicy(MaxSegments: 2));

        Assert.Equal(["pollo", "3 kg"], fill.Parameters);
        Assert.Equal((FillCheckTests.Text, ModelTier.Offline), (fill.Sms, fill.Tier));
        Assert.Equal([CallOutcome.Invalid, CallOutcome.Invalid, CallOutcome.Invalid, CallOutcome.Invalid, CallOutcome.Ok], setup.Ledger.Calls.Select(c => c.Outcome));
        Assert.EndsWith("takes 2 parameters, not 1", setup.Ledger.Calls[1].Error);
        Assert.StartsWith("the sms takes 3 segments", setup.Ledger.Calls[3].Error);
    }
}
