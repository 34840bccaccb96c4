namespace Tendero.Dashboard;

/// <summary>A signed-in user as the dashboard sees them: the businesses they may open, and in which role.</summary>
public sealed record DashboardUser(long Id, string Email, string Stamp, IReadOnlyDictionary<string, UserRole> Roles, bool IsAdmin)
{
    /// <summary>Whether this user may see the business at all. Anything else is answered 404, as if it did not exist.</summary>
    public bool CanSee(string businessId) => IsAdmin || Roles.ContainsKey(businessId);

    /// <summary>Owners and admins see costs and budgets; staff see the work, not the money.</summary>
    public bool CanSeeMoney(string businessId) => IsAdmin || Roles.GetValueOrDefault(businessId, UserRole.Staff) != UserRole.Staff;
}
