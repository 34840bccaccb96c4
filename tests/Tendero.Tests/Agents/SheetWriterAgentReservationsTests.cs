using Tendero.Agents;
using Tendero.Config;
using Tendero.Tests.Config;

namespace Tendero.Tests.Agents;

/// <summary>For a business with a <c>reservations:</c> section the reservation book owns the tab: the sheet writer agent adds nothing.</summary>
public sealed class SheetWriterAgentReservationsTests
{
    [Fact]
    public async Task HandleAsync_BusinessWithReservations_QueuesNoWrite()
    {
        var laFonda = BusinessFiles.LaFonda();
        var agent = new SheetWriterAgent(new Businesses([laFonda]), TimeProvider.System);
        var payload = new ReservationConfirmed
        {
            ReservationId = "R-1", Business = laFonda.Id, Date = "2026-11-27", Time = "20:00", PartySize = 4, Status = "confirmed", Version = 1,
        };

        var outcome = await agent.HandleAsync(new AgentEvent(1, laFonda.Id, Topics.ReservationConfirmed, ReservationConfirmed.OrderKey(laFonda.Id, "R-1"),
            Tendero.Agents.Payloads.Write(payload), DateTimeOffset.UnixEpoch), default);

        Assert.Null(outcome.Write);
        Assert.NotNull(laFonda.Sheets?.Tab(SheetWriterAgent.ReservationTab));
    }
}
