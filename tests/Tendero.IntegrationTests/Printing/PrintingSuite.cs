using System.Text.Json;
using Tendero.Agents;
using Tendero.Config;
using Tendero.Connectors.EscPos;
using Tendero.Simulator.Printer;

namespace Tendero.IntegrationTests.Printing;

/// <summary>The print ledger, the printer agent and the worker against the virtual printer, run once per database.</summary>
public abstract class PrintingSuite(string kind) : PrintingWorld(kind)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    [SkippableFact]
    public async Task EnqueueAsync_SameDedupeKey_OneJob()
    {
        var first = await EnqueueAsync("Pedido 1", "order-1");
        var again = await EnqueueAsync("Pedido 1 (otra vez)", "order-1");

        Assert.Equal((first.Id, true, false), (again.Id, first.Created, again.Created));
        Assert.Equal(1, await ScalarAsync<long>("SELECT COUNT(*) FROM print_jobs"));
    }

    [SkippableFact]
    public async Task ClaimNextAsync_OnlyTheOldestJob_LaterOnesNeverOvertake()
    {
        await EnqueueAsync("Pedido 1", "order-1");
        await EnqueueAsync("Pedido 2", "order-2");

        var head = await Queue.ClaimNextAsync(Business, Cocina, "node-1", Lease, default);
        Assert.Equal("Pedido 1", TicketReader.Parse(head!.TicketJson).Title);
        Assert.Null(await Queue.ClaimNextAsync(Business, Cocina, "node-2", Lease, default)); // the head is being printed

        Assert.True(await Queue.ScheduleRetryAsync(head, "node-1", Time.GetUtcNow().AddSeconds(30), "out of paper", default));
        Assert.Null(await Queue.ClaimNextAsync(Business, Cocina, "node-2", Lease, default)); // not due: job 2 waits behind it
        Assert.Equal(Time.GetUtcNow().AddSeconds(30), await Queue.NextDueAsync(Business, Cocina, default));

        Time.Advance(TimeSpan.FromSeconds(30));
        var retried = await Queue.ClaimNextAsync(Business, Cocina, "node-2", Lease, default);
        Assert.Equal((head.Id, 2L, Time.GetUtcNow().AddSeconds(-30)), (retried!.Id, retried.Attempts, retried.FirstFailedAt));
    }

    [SkippableFact]
    public async Task MarkPrintedAsync_AfterTheLeaseWasRescued_OnlyTheNewHolderCompletes()
    {
        await EnqueueAsync("Pedido 1", "order-1");
        var stale = (await Queue.ClaimNextAsync(Business, Cocina, "node-1", Lease, default))!;
        Time.Advance(Lease + TimeSpan.FromSeconds(1));
        var fresh = (await Queue.ClaimNextAsync(Business, Cocina, "node-2", Lease, default))!;

        Assert.False(await Queue.MarkPrintedAsync(stale, "node-1", default));
        Assert.True(await Queue.MarkPrintedAsync(fresh, "node-2", default));
        Assert.Equal("printed", await ScalarAsync<string>("SELECT state FROM print_jobs"));
    }

    [SkippableFact]
    public async Task PrinterAgent_KitchenTicketRedelivered_OneJobOneTicket()
    {
        var log = new EventLog(Database, Time);
        var agent = new PrinterAgent(new Businesses([LaFonda]), Signals, Time);
        var payload = Payloads.Write(new KitchenTicketPayload
        {
            Printer = Cocina, Ticket = JsonDocument.Parse(TicketJson("Pedido 77", "maní")).RootElement, DedupeId = "order-77",
        });
        await log.PublishAsync(new NewEvent(Business, Topics.KitchenTicket, "la-fonda/cocina", payload, "kitchen:77"), default);

        // Node 1 handles it but stalls past its lease; node 2 takes the event over and completes it; node 1's late completion is refused.
        var slow = Assert.Single(await log.ClaimAsync(AgentCatalog.Printer, "node-1", Lease, 10, default));
        var slowOutcome = await agent.HandleAsync(slow.Event, default);
        Time.Advance(Lease + TimeSpan.FromSeconds(1));
        var taken = Assert.Single(await log.ClaimAsync(AgentCatalog.Printer, "node-2", Lease, 10, default));
        Assert.True(await log.CompleteAsync(taken, "node-2", await agent.HandleAsync(taken.Event, default), default));
        Assert.False(await log.CompleteAsync(slow, "node-1", slowOutcome, default));

        // The producer publishes the same order again under another event key: the job's key is the order's.
        await log.PublishAsync(new NewEvent(Business, Topics.KitchenTicket, "la-fonda/cocina", payload, "kitchen:77:again"), default);
        var again = Assert.Single(await log.ClaimAsync(AgentCatalog.Printer, "node-1", Lease, 10, default));
        Assert.True(await log.CompleteAsync(again, "node-1", await agent.HandleAsync(again.Event, default), default));

        Assert.Equal(1, await ScalarAsync<long>("SELECT COUNT(*) FROM print_jobs"));
        Assert.Equal("order-77", await ScalarAsync<string>("SELECT dedupe_key FROM print_jobs"));
        Assert.Equal(1, await Worker.RunOnceAsync(default));
        Assert.Equal(0, await Worker.RunOnceAsync(default));
        var ticket = Assert.Single(await TicketsAsync(1));
        Assert.Contains("# > !! ALERGIAS: MANÍ !!", ticket.Text, StringComparison.Ordinal);
        Assert.Contains("# Pedido 77", ticket.Text, StringComparison.Ordinal);
        Assert.True(ticket.Cut);
    }

    [SkippableFact]
    public async Task PrinterAgent_UnknownPrinterOrBadTicket_FailsWithTheReason()
    {
        var agent = new PrinterAgent(new Businesses([LaFonda]), Signals, Time);
        AgentEvent Event(string printer, string ticket) => new(1, Business, Topics.KitchenTicket, "k",
            $$"""{"printer":"{{printer}}","ticket":{{ticket}},"dedupe_id":"x"}""", Time.GetUtcNow());

        var unknown = await Assert.ThrowsAsync<TicketFormatException>(() => agent.HandleAsync(Event("bar", TicketJson("P")), default));
        var bad = await Assert.ThrowsAsync<TicketFormatException>(() => agent.HandleAsync(Event(Cocina, """{"title":"P"}"""), default));

        Assert.Contains("'bar' is not a printer of la-fonda (it has cocina)", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("items: is required", bad.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task PrinterWorker_PaperOutForTwelveMinutes_JobsWaitStaffAlertedOnceThenPrintOnceInOrder()
    {
        Printer.Set(PrinterCondition.PaperOut, TimeSpan.FromMinutes(12));
        for (var i = 1; i <= 3; i++)
        {
            await EnqueueAsync($"Pedido {i}", $"order-{i}");
        }

        for (var minute = 0; minute < 10; minute++)
        {
            Assert.Equal(0, await Worker.RunOnceAsync(default));
            Time.Advance(TimeSpan.FromMinutes(1));
        }
        Assert.Equal(0, await ScalarAsync<long>("SELECT COUNT(*) FROM chains")); // 9 minutes of failing: no alert yet
        Assert.Equal(0, await Worker.RunOnceAsync(default)); // 10 minutes: the alert starts
        Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, await Worker.RunOnceAsync(default));

        Assert.Equal(1, await ScalarAsync<long>("SELECT COUNT(*) FROM chains"));
        Assert.Equal("maria", await ScalarAsync<string>("SELECT person_id FROM chains"));
        Assert.Contains("sin papel", await ScalarAsync<string>("SELECT text FROM chains"), StringComparison.Ordinal);
        Assert.Equal(3, await ScalarAsync<long>("SELECT COUNT(*) FROM print_jobs WHERE state = 'queued'"));
        Assert.Equal(0, await ScalarAsync<long>("SELECT MIN(attempts) FROM print_jobs WHERE dedupe_key <> 'order-1'"));
        Assert.Equal("out of paper", await ScalarAsync<string>("SELECT last_error FROM print_jobs WHERE dedupe_key = 'order-1'"));
        Assert.Empty(Printer.Tickets);
        Assert.Equal(0, Printer.DroppedBytes); // nothing was sent to a printer that said it had no paper

        Time.Advance(TimeSpan.FromMinutes(1)); // 12 minutes: a roll is in
        var printed = 0;
        for (var round = 0; round < 5; round++)
        {
            printed += await Worker.RunOnceAsync(default);
        }

        Assert.Equal(3, printed);
        var tickets = await TicketsAsync(3);
        Assert.Equal(["# Pedido 1", "# Pedido 2", "# Pedido 3"], tickets.Select(t => t.Text.Split('\n')[0]));
        Assert.Equal(3, await ScalarAsync<long>("SELECT COUNT(*) FROM print_jobs WHERE state = 'printed'"));
        Assert.Equal(1, await ScalarAsync<long>("SELECT COUNT(*) FROM chains"));
        Assert.Equal(1, await ScalarAsync<long>("SELECT COUNT(*) FROM messages WHERE kind = 'printer'")); // the "back" note
    }

    [SkippableFact]
    public async Task PrinterWorker_OfflineBrieflyThenBack_NoAlert()
    {
        Printer.Set(PrinterCondition.Offline);
        await EnqueueAsync("Pedido 1", "order-1");
        Assert.Equal(0, await Worker.RunOnceAsync(default));
        Assert.Contains("off-line", await ScalarAsync<string>("SELECT last_error FROM print_jobs"), StringComparison.Ordinal);

        Printer.Set(PrinterCondition.Online);
        Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await Worker.RunOnceAsync(default));

        Assert.Single(await TicketsAsync(1));
        Assert.Equal(0, await ScalarAsync<long>("SELECT COUNT(*) FROM chains"));
        Assert.Equal(0, await ScalarAsync<long>("SELECT COUNT(*) FROM messages"));
    }
}

public sealed class SqlitePrintingTests() : PrintingSuite("sqlite");

public sealed class PostgresPrintingTests() : PrintingSuite("postgres");
