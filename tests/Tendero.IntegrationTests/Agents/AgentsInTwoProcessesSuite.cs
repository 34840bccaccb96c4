using Dapper;
using Tendero.Cli;
using Tendero.IntegrationTests.Support;
using Tendero.Simulator;
using Tendero.Storage;

namespace Tendero.IntegrationTests.Agents;

/// <summary>
/// The agents split over two processes on one database: one runs only the parser (<c>--agents parser</c>), the other
/// the conversation and handoff agents. Customers' messages go through both and are answered, each agent's work done
/// by the process that runs it, and a customer who asks for a person is handed to staff.
/// </summary>
public abstract class AgentsInTwoProcessesSuite(string kind)
{
    [SkippableFact]
    public async Task Serve_WithAgentsSplitAcrossTwoProcesses_EveryMessageIsAnsweredAndEachAgentRunsWhereItWasPut()
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        var (parserUrl, conversationUrl) = (new Uri($"http://127.0.0.1:{FreePort.Next()}"), new Uri($"http://127.0.0.1:{FreePort.Next()}"));
        var options = SimulatorHost.OptionsFor(TestBusinesses.WithAssistant, parserUrl);
        options.Seed = 5;
        await using var simulator = new ProviderSimulator(options, TimeProvider.System);
        var simUrl = await simulator.StartAsync();
        await using var parser = await ServerProcess.StartAsync(db.Connection, parserUrl, simUrl, businesses: TestBusinesses.WithAssistant,
            extraArgs: ["--agents", "parser"]);
        await using var conversation = await ServerProcess.StartAsync(db.Connection, conversationUrl, simUrl, businesses: TestBusinesses.WithAssistant,
            extraArgs: ["--agents", "conversation,handoff"]);

        var texts = new[] { "¿A qué hora abren el domingo?", "Where are you located?", "Quiero hablar con una persona, por favor" };
        for (var i = 0; i < texts.Length; i++)
        {
            var sent = await simulator.Customers.SendAsync(new ScriptedMessage(
                SimProvider.WhatsApp, options.WhatsApp[0].PhoneNumberId, $"5076123450{i}", null, "Cliente", "es", texts[i], TimeSpan.Zero));
            Assert.Equal(200, sent.HttpStatus);
        }

        await using var database = await DatabaseFactory.OpenAsync(db.Connection, default);
        await Eventually.UntilAsync(async () =>
            simulator.Journal.OutboundMessages(SimProvider.WhatsApp).Select(m => m.To).Distinct().Count(to => to.StartsWith("5076123450", StringComparison.Ordinal)) == 3
            && await database.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM agent_work WHERE agent = 'handoff' AND state = 'done'"), default) == 1
            && simulator.Journal.OutboundMessages(SimProvider.Telegram).Count > 0,
            TimeSpan.FromSeconds(60), $"three customers answered and one handoff done and told to staff. Parser process: {parser.Output}\nConversation process: {conversation.Output}");

        var doneBy = (await database.ReadAsync(c => c.QueryAsync<(string Agent, string DoneBy)>(
            "SELECT DISTINCT agent, done_by FROM agent_work WHERE state = 'done'"), default)).ToList();
        var parserNode = Assert.Single(doneBy, w => w.Agent == "parser").DoneBy;
        Assert.All(doneBy.Where(w => w.Agent != "parser"), w => Assert.NotEqual(parserNode, w.DoneBy));
        Assert.Single(doneBy.Where(w => w.Agent != "parser").Select(w => w.DoneBy).Distinct());
        Assert.Contains("Agent parser started", parser.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Agent conversation started", parser.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Agent parser started", conversation.Output, StringComparison.Ordinal);
        // María (handoff_to) hears about the customer who asked for a person, on Telegram, her first channel.
        Assert.Contains(simulator.Journal.OutboundMessages(SimProvider.Telegram), m => m.To == "700100200" && m.Text?.Contains("/bot ", StringComparison.Ordinal) == true);
    }
}

public sealed class SqliteAgentsInTwoProcessesTests() : AgentsInTwoProcessesSuite("sqlite");

public sealed class PostgresAgentsInTwoProcessesTests() : AgentsInTwoProcessesSuite("postgres");
