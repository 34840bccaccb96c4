namespace Tendero.Dashboard;

/// <summary>What a user may do: staff read a business's dashboard, owners also see its money, admins see every business.</summary>
public enum UserRole
{
    Staff,
    Owner,
    Admin,
}

public static class UserRoles
{
    public static string Name(this UserRole role) => role switch
    {
        UserRole.Staff => "staff",
        UserRole.Owner => "owner",
        _ => "admin",
    };

    public static UserRole? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "staff" => UserRole.Staff,
        "owner" => UserRole.Owner,
        "admin" => UserRole.Admin,
        _ => null,
    };
}
