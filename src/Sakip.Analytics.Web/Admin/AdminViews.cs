namespace Sakip.Analytics.Web.Admin;

/// <summary>The admin views live under Views/Admin whatever the controller is called.</summary>
public static class AdminViews
{
    public const string Tenants = "~/Views/Admin/Tenants.cshtml";
    public const string Tenant = "~/Views/Admin/Tenant.cshtml";
    public const string Users = "~/Views/Admin/Users.cshtml";
    public const string OneTimePassword = "~/Views/Admin/OneTimePassword.cshtml";

    /// <summary>TempData key of the one-line message shown after a redirect.</summary>
    public const string Notice = "AdminNotice";

    /// <summary>TempData key of an error message shown after a redirect.</summary>
    public const string Error = "AdminError";
}
