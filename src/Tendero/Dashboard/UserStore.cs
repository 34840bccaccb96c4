using Dapper;
using Microsoft.AspNetCore.Identity;
using Tendero.Storage;

namespace Tendero.Dashboard;

/// <summary>
/// The dashboard's users and their roles. Passwords are hashed with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>
/// (PBKDF2 with a per-password salt); the hash never leaves this class. Emails are kept in lower case.
/// </summary>
public sealed class UserStore(IDatabase database, TimeProvider time)
{
    private static readonly PasswordHasher<string> Hasher = new();

    /// <summary>Adds a user (or, for an existing email, adds the role and leaves the password as it is unless one is given).</summary>
    public Task<long> AddAsync(string email, UserRole role, string? businessId, string? password, CancellationToken ct)
    {
        var key = Normalize(email);
        var scope = role == UserRole.Admin ? AllBusinesses : businessId ?? throw new ArgumentException("owner and staff belong to a business", nameof(businessId));
        return database.WriteAsync(async (c, t) =>
        {
            var now = time.NowMs();
            var id = await c.ExecuteScalarAsync<long?>(new CommandDefinition("SELECT id FROM users WHERE email = @key", new { key }, t, cancellationToken: ct));
            if (id is null)
            {
                id = await c.ExecuteScalarAsync<long>(new CommandDefinition(
                    "INSERT INTO users (email, password_hash, stamp, created_at, updated_at) VALUES (@key, @hash, @stamp, @now, @now) RETURNING id",
                    new { key, hash = Hash(password ?? throw new ArgumentException("a new user needs a password", nameof(password))), stamp = NewStamp(), now },
                    t, cancellationToken: ct));
            }
            else if (password is not null)
            {
                await SetPassword(c, t, id.Value, password, now, ct);
            }
            await c.ExecuteAsync(new CommandDefinition("DELETE FROM user_roles WHERE user_id = @id AND business_id = @scope", new { id, scope }, t, cancellationToken: ct));
            await c.ExecuteAsync(new CommandDefinition(
                "INSERT INTO user_roles (user_id, business_id, role, created_at) VALUES (@id, @scope, @role, @now)",
                new { id, scope, role = role.Name(), now }, t, cancellationToken: ct));
            return id.Value;
        }, ct);
    }

    /// <summary>Removes a user's role in one business, or (with null) the user altogether. Returns whether anything went.</summary>
    public Task<bool> RemoveAsync(string email, string? businessId, CancellationToken ct) =>
        database.WriteAsync(async (c, t) =>
        {
            var id = await c.ExecuteScalarAsync<long?>(new CommandDefinition("SELECT id FROM users WHERE email = @key", new { key = Normalize(email) }, t, cancellationToken: ct));
            if (id is null)
            {
                return false;
            }
            if (businessId is not null)
            {
                return await c.ExecuteAsync(new CommandDefinition("DELETE FROM user_roles WHERE user_id = @id AND business_id = @businessId",
                    new { id, businessId }, t, cancellationToken: ct)) > 0;
            }
            await c.ExecuteAsync(new CommandDefinition("DELETE FROM user_roles WHERE user_id = @id", new { id }, t, cancellationToken: ct));
            await c.ExecuteAsync(new CommandDefinition("DELETE FROM users WHERE id = @id", new { id }, t, cancellationToken: ct));
            return true;
        }, ct);

    /// <summary>Sets a new password (and a new stamp, which signs the user's open sessions out). False when there is no such user.</summary>
    public Task<bool> SetPasswordAsync(string email, string password, CancellationToken ct) =>
        database.WriteAsync(async (c, t) =>
        {
            var id = await c.ExecuteScalarAsync<long?>(new CommandDefinition("SELECT id FROM users WHERE email = @key", new { key = Normalize(email) }, t, cancellationToken: ct));
            if (id is null)
            {
                return false;
            }
            await SetPassword(c, t, id.Value, password, time.NowMs(), ct);
            return true;
        }, ct);

    /// <summary>Every user with their roles, by email.</summary>
    public Task<IReadOnlyList<UserListing>> ListAsync(CancellationToken ct) =>
        database.ReadAsync<IReadOnlyList<UserListing>>(async c => (await c.QueryAsync<UserListing>(new CommandDefinition(
            """
            SELECT u.id, u.email, COALESCE(r.business_id, '') AS BusinessId, COALESCE(r.role, '') AS Role
              FROM users u LEFT JOIN user_roles r ON r.user_id = u.id ORDER BY u.email, r.business_id
            """, cancellationToken: ct))).ToList(), ct);

    /// <summary>The user whose password matches, with their grants; null for an unknown email or a wrong password.</summary>
    public async Task<DashboardUser?> CheckPasswordAsync(string email, string password, CancellationToken ct)
    {
        var row = await database.ReadAsync(c => c.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(
            "SELECT id, email, password_hash AS PasswordHash, stamp FROM users WHERE email = @key", new { key = Normalize(email) }, cancellationToken: ct)), ct);
        if (row is null)
        {
            Hasher.HashPassword("", password); // the same work as a real check, so timing does not tell which emails exist
            return null;
        }
        if (Hasher.VerifyHashedPassword(row.Email, row.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            return null;
        }
        return await FindAsync(row.Id, row.Stamp, ct);
    }

    /// <summary>The user with this id, if the stamp still matches (the password has not changed since); with their grants.</summary>
    public Task<DashboardUser?> FindAsync(long id, string stamp, CancellationToken ct) =>
        database.ReadAsync(async c =>
        {
            var row = await c.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(
                "SELECT id, email, password_hash AS PasswordHash, stamp FROM users WHERE id = @id", new { id }, cancellationToken: ct));
            if (row is null || row.Stamp != stamp)
            {
                return null;
            }
            var grants = (await c.QueryAsync<(string BusinessId, string Role)>(new CommandDefinition(
                "SELECT business_id, role FROM user_roles WHERE user_id = @id", new { id }, cancellationToken: ct))).ToList();
            return new DashboardUser(row.Id, row.Email, row.Stamp,
                grants.Where(g => g.BusinessId != AllBusinesses).ToDictionary(g => g.BusinessId, g => UserRoles.Parse(g.Role)!.Value, StringComparer.Ordinal),
                grants.Any(g => g.BusinessId == AllBusinesses));
        }, ct);

    public const string AllBusinesses = "*";

    private static string Normalize(string email) => email.Trim().ToLowerInvariant();

    private static string Hash(string password) => Hasher.HashPassword("", password);

    private static string NewStamp() => Guid.NewGuid().ToString("N");

    private static Task SetPassword(System.Data.Common.DbConnection c, System.Data.Common.DbTransaction t, long id, string password, long now, CancellationToken ct) =>
        c.ExecuteAsync(new CommandDefinition("UPDATE users SET password_hash = @hash, stamp = @stamp, updated_at = @now WHERE id = @id",
            new { id, hash = Hash(password), stamp = NewStamp(), now }, t, cancellationToken: ct));

    private sealed class UserRow
    {
        public long Id { get; init; }
        public string Email { get; init; } = "";
        public string PasswordHash { get; init; } = "";
        public string Stamp { get; init; } = "";
    }
}

/// <summary>One line of <c>tendero users list</c>: a user and one of their roles.</summary>
public sealed class UserListing
{
    public long Id { get; init; }
    public string Email { get; init; } = "";
    public string BusinessId { get; init; } = "";
    public string Role { get; init; } = "";
}
