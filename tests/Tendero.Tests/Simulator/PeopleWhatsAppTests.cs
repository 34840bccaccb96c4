using Tendero.Simulator;
using Tendero.Tests.Contracts;

namespace Tendero.Tests.Simulator;

public sealed class PeopleWhatsAppTests
{
    private const string WaId = "50761234567";
    private const string Person = "+" + WaId;

    /// <summary>A harness where the person wrote first, so free-form text is inside the 24-hour window.</summary>
    private static async Task<SimHarness> WithOpenWindowAsync(Action<SimulatorOptions>? configure = null)
    {
        var h = await SimHarness.StartAsync(configure);
        await h.Simulator.Customers.SendWhatsAppTextAsync(SimHarness.PhoneNumberId, WaId, "Ana", "Hola");
        return h;
    }

    private static bool IsStatus(ReceivedRequest r, string status) => r.Text.Contains($"\"status\":\"{status}\"", StringComparison.Ordinal);

    private static bool InboundText(ReceivedRequest r) => r.Text.Contains("\"messages\":", StringComparison.Ordinal);

    [Fact]
    public async Task Read_AfterTwoHours_ReadStatusAndJournalComeTwoHoursAfterTheSend()
    {
        await using var h = await WithOpenWindowAsync();
        h.Simulator.SetBehaviour(Person, new SimPersonBehaviour { Read = SimRead.After, ReadDelay = TimeSpan.FromHours(2) });
        var sentAt = h.Time.GetUtcNow();

        var (_, body) = await SimHttp.WhatsAppAsync(h, SimHttp.WhatsAppText(WaId, "Alerta: congelador a 8 °C"));
        await h.Receiver.WaitForAsync(1, r => IsStatus(r, "delivered"));
        h.Time.Advance(TimeSpan.FromHours(2) - TimeSpan.FromSeconds(1));
        await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System);
        var readEarly = h.Journal.PersonActions().Count;
        h.Time.Advance(TimeSpan.FromSeconds(1));
        await h.Simulator.WhenIdleAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(0, readEarly);
        var read = Assert.Single(h.Receiver.Received, r => IsStatus(r, "read"));
        SimSignatures.AssertMeta(read);
        var wamid = (string?)body["messages"]![0]!["id"];
        Assert.Equal(wamid, (string?)read.Json["entry"]![0]!["changes"]![0]!["value"]!["statuses"]![0]!["id"]);
        var action = Assert.Single(h.Journal.PersonActions());
        Assert.Equal((PersonAction.Read, Person, wamid, sentAt + TimeSpan.FromHours(2)), (action.Action, action.Address, action.ProviderId, action.At));
    }

    [Fact]
    public async Task Read_Never_OverridesReadProbabilityAndNeverReplies()
    {
        // The harness reads every message (ReadProbability 1); this person does not, and so does not reply either.
        await using var h = await WithOpenWindowAsync();
        h.Simulator.SetBehaviour(Person, new SimPersonBehaviour { Read = SimRead.Never, ReplyText = "1" });

        await SimHttp.WhatsAppAsync(h, SimHttp.WhatsAppText(WaId, "Alerta"));
        await h.Simulator.WhenIdleAsync(TimeSpan.FromSeconds(5));

        // Statuses are posted concurrently and journaled as they finish, so their order is not asserted.
        Assert.Equal(["delivered", "sent"],
            h.Journal.WebhookAttempts(SimProvider.WhatsApp).Where(a => a.Kind == WebhookKind.Status).Select(a => a.Status).Order(StringComparer.Ordinal));
        Assert.Empty(h.Journal.PersonActions());
        Assert.Single(h.Receiver.Received, r => InboundText(r));
    }

    [Fact]
    public async Task Reply_AfterRead_PostsSignedInboundTextReplyDelayAfterTheRead()
    {
        await using var h = await WithOpenWindowAsync();
        h.Simulator.SetBehaviour(Person, new SimPersonBehaviour
        {
            ReadDelay = TimeSpan.FromMinutes(1), ReplyText = "OK", ReplyDelay = TimeSpan.FromMinutes(5),
        });
        var sentAt = h.Time.GetUtcNow();

        var (_, body) = await SimHttp.WhatsAppAsync(h, SimHttp.WhatsAppText(WaId, "Alerta"));
        h.Time.Advance(TimeSpan.FromMinutes(1));
        await h.Receiver.WaitForAsync(1, r => IsStatus(r, "read"));
        h.Time.Advance(TimeSpan.FromMinutes(5));
        await h.Simulator.WhenIdleAsync(TimeSpan.FromSeconds(5));

        var reply = h.Receiver.Received.Where(InboundText).Last();
        SimSignatures.AssertMeta(reply);
        Assert.Empty(ContractFiles.WhatsAppWebhooks.ValidateSchema("WebhookPayload", reply.Json));
        var message = reply.Json["entry"]![0]!["changes"]![0]!["value"]!["messages"]![0]!;
        Assert.Equal((WaId, "text", "OK"), ((string?)message["from"], (string?)message["type"], (string?)message["text"]!["body"]));
        var action = Assert.Single(h.Journal.PersonActions(), a => a.Action == PersonAction.Reply);
        Assert.Equal(((string?)body["messages"]![0]!["id"], "OK", (string?)message["id"]), (action.ProviderId, action.Value, action.InboundId));
        Assert.Equal(sentAt + TimeSpan.FromMinutes(6), action.At);
    }

    [Fact]
    public async Task ReplyProbability_PersonWithoutBehaviour_RepliesOneAfterReplyDelay()
    {
        await using var h = await WithOpenWindowAsync(o =>
        {
            o.Behaviour.ReplyProbability = 1;
            o.Behaviour.ReplyDelay = TimeSpan.FromSeconds(30);
        });

        await SimHttp.WhatsAppAsync(h, SimHttp.WhatsAppText(WaId, "Alerta"));
        h.Time.Advance(TimeSpan.FromSeconds(30));
        await h.Simulator.WhenIdleAsync(TimeSpan.FromSeconds(5));

        var reply = h.Receiver.Received.Where(InboundText).Last();
        Assert.Equal("1", (string?)reply.Json["entry"]![0]!["changes"]![0]!["value"]!["messages"]![0]!["text"]!["body"]);
        Assert.Equal([PersonAction.Read, PersonAction.Reply], h.Journal.PersonActions().Select(a => a.Action));
    }

    [Fact]
    public async Task ClearBehaviour_AfterSet_PersonFollowsTheWorldAgain()
    {
        await using var h = await WithOpenWindowAsync();
        h.Simulator.SetBehaviour(Person, new SimPersonBehaviour { Read = SimRead.Never });

        var cleared = h.Simulator.ClearBehaviour(Person);
        await SimHttp.WhatsAppAsync(h, SimHttp.WhatsAppText(WaId, "Alerta"));
        await h.Simulator.WhenIdleAsync(TimeSpan.FromSeconds(5));

        Assert.True(cleared);
        Assert.Empty(h.Simulator.Behaviours);
        Assert.Equal(PersonAction.Read, Assert.Single(h.Journal.PersonActions()).Action);
    }

    [Fact]
    public async Task People_SetInOptions_AppliesFromTheStart()
    {
        await using var h = await WithOpenWindowAsync(o => o.People[Person] = new SimPersonBehaviour { Read = SimRead.Never });

        await SimHttp.WhatsAppAsync(h, SimHttp.WhatsAppText(WaId, "Alerta"));
        await h.Simulator.WhenIdleAsync(TimeSpan.FromSeconds(5));

        Assert.Empty(h.Journal.PersonActions());
        Assert.Equal(SimRead.Never, h.Simulator.Behaviours[Person].Read);
    }

    [Theory]
    [InlineData("+507 6123 4567")]
    [InlineData("@ana")]
    public void Constructor_PeopleWithBadAddress_ThrowsNamingTheAddress(string address)
    {
        var options = new SimulatorOptions();
        options.People[address] = new SimPersonBehaviour();

        var error = Assert.Throws<ArgumentException>(() => new ProviderSimulator(options, TimeProvider.System));

        Assert.Contains(address, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_PersonWithNegativeDelay_ThrowsNamingTheField()
    {
        var options = new SimulatorOptions();
        options.People[Person] = new SimPersonBehaviour { ReplyDelay = TimeSpan.FromSeconds(-1) };

        var error = Assert.Throws<ArgumentException>(() => new ProviderSimulator(options, TimeProvider.System));

        Assert.Contains($"People[{Person}].ReplyDelay", error.Message, StringComparison.Ordinal);
    }
}
