using System.Data.Common;
using Tendero.Config;
using Tendero.Storage;

namespace Tendero.Solutions.Reservations;

/// <summary>
/// The restaurant's book over its own sheet. Every call re-reads the <c>Reservas</c> and <c>Capacidad</c> tabs; the
/// bookings counted are the sheet's rows, except that a booking whose write Tendero queued but the sheet may not show
/// yet counts as our own row says (<see cref="ReservationStore.UnsyncedAsync"/>), each id once. A booking or change takes
/// its day's row in <c>reservation_days</c> first, so of two customers racing for the last table exactly one gets it,
/// across processes too (PostgreSQL holds the row lock to commit; SQLite has one writer).
/// </summary>
public sealed class ReservationBook(Businesses businesses, IDatabase database, BookSheets sheets, TimeProvider time) : IReservationBook
{
    /// <summary>A write that landed this long before the sheet was read may still be missing from what was read (clock skew between nodes).</summary>
    public static readonly TimeSpan SyncMargin = TimeSpan.FromSeconds(5);

    private readonly ReservationStore store = new(database.Dialect);

    public async Task<IReadOnlyList<Reservation>> DayAsync(string business, DateOnly date, CancellationToken ct)
    {
        var (config, reservations) = Business(business);
        var sheet = await sheets.ReadAsync(config, reservations, ct);
        var all = await database.ReadAsync(c => MergeAsync(c, null, sheet, ct), ct);
        return [.. all.Where(r => r.Date == date).OrderBy(r => r.Time).ThenBy(r => r.Id, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<Reservation>> FindAsync(string business, string phone, DateOnly date, CancellationToken ct) =>
        [.. (await DayAsync(business, date, ct)).Where(r => r.HoldsSeats && BookingRows.SamePhone(r.Phone, phone))];

    public Task<IReadOnlyList<MenuDish>> MenuAsync(string business, CancellationToken ct)
    {
        var (config, reservations) = Business(business);
        return sheets.MenuAsync(config, reservations, ct);
    }

    public async Task<BookingOutcome> BookAsync(string business, BookingRequest request, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(request.PartySize, 1, nameof(request));
        var (config, reservations) = Business(business);
        var sheet = await sheets.ReadAsync(config, reservations, ct);
        var booking = new Reservation
        {
            Id = BookingIds.New(), Business = business, Date = request.Date, Time = request.Time, PartySize = request.PartySize,
            Name = request.Name.Trim(), Phone = request.Phone.Trim(), Channel = request.Channel, Notes = request.Notes.Trim(),
            Status = ReservationStatus.Confirmed,
        };
        return await database.WriteAsync(async (c, t) =>
        {
            await ReservationStore.LockDayAsync(c, t, business, request.Date, ct);
            var holding = await MergeAsync(c, t, sheet, ct);
            if (Check(config, sheet, holding, booking) is { } refused)
            {
                return refused;
            }
            await BookingWrites.CommitAsync(c, t, sheet, config.Language, booking, booking, isNew: true, 1, time.NowMs(), ct);
            return BookingOutcome.Success(booking);
        }, ct);
    }

    public async Task<BookingOutcome> ChangeAsync(string business, string reservationId, BookingChange change, CancellationToken ct)
    {
        var (config, reservations) = Business(business);
        if (await AdoptAsync(config, reservations, reservationId, ct) is not { } id)
        {
            return BookingOutcome.Refused(BookingRefusal.NotFound, []);
        }
        reservationId = id;
        var sheet = await sheets.ReadAsync(config, reservations, ct);
        return await database.WriteAsync(async (c, t) =>
        {
            if ((await MergeAsync(c, t, sheet, ct)).FirstOrDefault(r => r.Id == reservationId) is not { HoldsSeats: true } found)
            {
                return BookingOutcome.Refused(BookingRefusal.NotFound, []);
            }
            foreach (var day in new[] { found.Date, change.Date ?? found.Date }.Distinct().Order())
            {
                await ReservationStore.LockDayAsync(c, t, business, day, ct);
            }
            var holding = await MergeAsync(c, t, sheet, ct);
            if (holding.FirstOrDefault(r => r.Id == reservationId) is not { HoldsSeats: true } current)
            {
                return BookingOutcome.Refused(BookingRefusal.NotFound, []);
            }
            var changed = current with
            {
                Date = change.Date ?? current.Date, Time = change.Time ?? current.Time, PartySize = change.PartySize ?? current.PartySize,
                Name = change.Name?.Trim() ?? current.Name, Notes = change.Notes?.Trim() ?? current.Notes,
            };
            var moved = changed.Date != current.Date || changed.Time != current.Time || changed.PartySize != current.PartySize;
            if (moved && Check(config, sheet, [.. holding.Where(r => r.Id != reservationId)], changed) is { } refused)
            {
                return refused;
            }
            if (changed == current)
            {
                return BookingOutcome.Success(current);
            }
            await CommitChangeAsync(c, t, sheet, config.Language, current, changed, ct);
            return BookingOutcome.Success(changed);
        }, ct);
    }

    public async Task<Reservation?> SetStatusAsync(string business, string reservationId, string status, CancellationToken ct)
    {
        var wanted = StatusWords.Parse(status) is { } s && status.Trim().Length > 0
            ? s : throw new ArgumentException($"'{status}' is not a reservation status (confirmed, cancelled, seated, no_show).", nameof(status));
        var (config, reservations) = Business(business);
        if (await AdoptAsync(config, reservations, reservationId, ct) is not { } id)
        {
            return null;
        }
        reservationId = id;
        var sheet = await sheets.ReadAsync(config, reservations, ct);
        return await database.WriteAsync(async (c, t) =>
        {
            if ((await MergeAsync(c, t, sheet, ct)).FirstOrDefault(r => r.Id == reservationId) is not { } found)
            {
                return null;
            }
            await ReservationStore.LockDayAsync(c, t, business, found.Date, ct);
            var current = (await MergeAsync(c, t, sheet, ct)).First(r => r.Id == reservationId);
            if (current.Status == wanted)
            {
                return current;
            }
            var changed = current with { Status = wanted };
            await CommitChangeAsync(c, t, sheet, config.Language, current, changed, ct);
            return changed;
        }, ct);
    }

    private async Task CommitChangeAsync(DbConnection c, DbTransaction t, BookSheet sheet, string language, Reservation current, Reservation changed, CancellationToken ct)
    {
        var version = await ReservationStore.VersionAsync(c, t, current.Business, current.Id, ct) + 1;
        await BookingWrites.CommitAsync(c, t, sheet, language, current, changed, isNew: false, version, time.NowMs(), ct);
    }

    private BookingOutcome? Check(BusinessConfig config, BookSheet sheet, IReadOnlyList<Reservation> holding, Reservation wanted)
    {
        var now = TimeZoneInfo.ConvertTime(time.GetUtcNow(), config.TimeZone).DateTime;
        var refusal = CapacityRules.Refusal(sheet.Capacity.For(wanted.Date), holding, wanted.Date, wanted.Time, wanted.PartySize, now);
        return refusal is null ? null : BookingOutcome.Refused(refusal,
            refusal == BookingRefusal.TooLarge ? [] : CapacityRules.Alternatives(sheet.Capacity.For, holding, wanted.Date, wanted.Time, wanted.PartySize, now));
    }

    // The sheet's rows, with each booking whose write may not have reached the sheet replaced by (or added from) our row.
    private async Task<List<Reservation>> MergeAsync(DbConnection c, DbTransaction? t, BookSheet sheet, CancellationToken ct)
    {
        var unsynced = await store.UnsyncedAsync(c, t, sheet.Business, sheet.ReadAtMs - (long)SyncMargin.TotalMilliseconds, ct);
        var ours = await store.LoadAsync(c, t, sheet.Business, unsynced, ct);
        var ourIds = ours.Select(o => o.Booking.Id).ToHashSet(StringComparer.Ordinal);
        return [.. sheet.Bookings.Where(b => !ourIds.Contains(b.Id)).Concat(ours.Select(o => o.Booking))];
    }

    // A row typed without an id (sheet:{row}) cannot be addressed by a queued write, and rows move; so the first change
    // gives it an id in the sheet at once, and the change goes on under that id. Null when it cannot be told apart.
    private async Task<string?> AdoptAsync(BusinessConfig config, ReservationsConfig reservations, string id, CancellationToken ct)
    {
        if (!id.StartsWith("sheet:", StringComparison.Ordinal))
        {
            return id;
        }
        var adopted = BookingIds.New();
        return await sheets.AdoptAsync(config, reservations, id, adopted, ct) ? adopted : null;
    }

    private (BusinessConfig Config, ReservationsConfig Reservations) Business(string business)
    {
        var config = businesses.Find(business) ?? throw new InvalidOperationException($"No business '{business}' is configured.");
        return (config, config.Reservations ?? throw new InvalidOperationException($"The business '{business}' has no reservations: section."));
    }
}
