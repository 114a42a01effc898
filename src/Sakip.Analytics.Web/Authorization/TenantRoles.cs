namespace Sakip.Analytics.Web.Authorization;

/// <summary>The roles a user holds in one tenant; a user may hold roles in several tenants.</summary>
public static class TenantRoles
{
    /// <summary>The bupati/walikota office: every unit, drafts included.</summary>
    public const string Pimpinan = "Pimpinan";

    /// <summary>Bappeda planners: as Pimpinan, plus the planning tools.</summary>
    public const string Perencana = "Perencana";

    /// <summary>Uploads batches, runs jobs, publishes and unpublishes.</summary>
    public const string Operator = "Operator";

    public static readonly IReadOnlyList<string> All = [Pimpinan, Perencana, Operator];
}
