using Dapper;
using Tendero.Agents;
using Tendero.Config;
using Tendero.Delivery;

namespace Tendero.Solutions.Reservations;

/// <summary>
/// The kitchen agent: on <c>reservation.confirmed</c>, a booking with an allergy or a diet in its notes, or a party of at
/// least <see cref="ReservationsConfig.TicketFromParty"/>, becomes a <c>kitchen.ticket</c> for the business's kitchen
/// printer, once per version of the booking (the dedupe id <c>kitchen:{business}:{id}:{version}</c>). When a booking
/// that printed a ticket is cancelled, a short cancellation ticket follows, once. A redelivered event publishes nothing new.
/// </summary>
public sealed class KitchenAgent(Businesses businesses, WorkSignals signals, TimeProvider time) : IAgent
{
    public string Name => AgentCatalog.Kitchen;

    public Task<AgentOutcome> HandleAsync(AgentEvent e, CancellationToken ct)
    {
        var booking = Payloads.Read<ReservationConfirmed>(e);
        if (businesses.Find(e.BusinessId) is not { Reservations: { KitchenPrinter: { } printer } config } business)
        {
            return Task.FromResult(AgentOutcome.Nothing); // no kitchen printer: the kitchen gets no tickets
        }
        var prefix = DedupePrefix(business.Id, booking.ReservationId);
        var orderKey = ReservationConfirmed.OrderKey(business.Id, booking.ReservationId);
        switch (booking.Status)
        {
            case ReservationStatus.Confirmed when KitchenTickets.Wants(config, booking.PartySize, booking.Notes):
                var version = booking.Version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? booking.Status;
                var ticket = KitchenTickets.Payload(printer, KitchenTickets.Booking(business, booking), prefix + version);
                return Task.FromResult(new AgentOutcome
                {
                    Events = [new NewEvent(business.Id, Topics.KitchenTicket, orderKey, ticket, prefix + version)],
                });
            case ReservationStatus.Cancelled:
                var cancel = KitchenTickets.Payload(printer, KitchenTickets.Cancellation(business, booking), prefix + "cancelled");
                return Task.FromResult(new AgentOutcome
                {
                    // Only a booking the kitchen has a ticket for needs its cancellation: the ticket events are the record.
                    Write = async (c, t, token) =>
                    {
                        var printed = await c.ExecuteScalarAsync<long>(new CommandDefinition(
                            "SELECT COUNT(*) FROM events WHERE dedupe_key >= @from AND dedupe_key < @to AND topic = @topic",
                            new { from = prefix, to = prefix[..^1] + ";", topic = Topics.KitchenTicket }, t, cancellationToken: token));
                        if (printed > 0)
                        {
                            await EventLog.PublishAsync(c, t, new NewEvent(business.Id, Topics.KitchenTicket, orderKey, cancel, prefix + "cancelled"),
                                Storage.Clock.NowMs(time), token);
                        }
                    },
                    AfterCommit = signals.Agents.Wake,
                });
            default:
                return Task.FromResult(AgentOutcome.Nothing);
        }
    }

    /// <summary>Every kitchen ticket of a booking has a dedupe id that starts with this (and ends in a version, or "cancelled").</summary>
    public static string DedupePrefix(string business, string reservationId) => $"kitchen:{business}:{reservationId}:";
}
