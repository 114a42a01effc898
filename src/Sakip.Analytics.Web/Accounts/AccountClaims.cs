namespace Sakip.Analytics.Web.Accounts;

/// <summary>Claims of the account itself, next to the authorization claims of <see cref="Authorization.SakipClaims"/>.</summary>
public static class AccountClaims
{
    /// <summary>Present (value "true") while a one-time password has not been replaced; such a principal carries no rights.</summary>
    public const string PasswordChangeRequired = "sakip:password-change-required";
}
