namespace Sakip.Analytics.Web.Admin;

/// <summary>Audit actions of the user administration beyond those of <see cref="Application.Audit.AuditActions"/>.</summary>
public static class AdminAuditActions
{
    public const string RoleRevoked = "role_revoked";
    public const string UserUnlocked = "user_unlocked";
    public const string PasswordReset = "password_reset";
}
