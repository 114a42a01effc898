namespace Sakip.Analytics.Application.Tenancy;

/// <summary>
/// What a reader may see: one tenant, and either its published facts only or its drafts too.
/// Every read of facts takes one; there is no query without it. Drafts are granted only by
/// <see cref="WithDrafts"/>, which the web layer calls after it has authorized the user for the tenant.
/// </summary>
public sealed record TenantScope
{
    private TenantScope(string tenant, bool includesDrafts)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        Tenant = tenant;
        IncludesDrafts = includesDrafts;
    }

    public string Tenant { get; }

    public bool IncludesDrafts { get; }

    public static TenantScope Published(string tenant) => new(tenant, includesDrafts: false);

    public static TenantScope WithDrafts(string tenant) => new(tenant, includesDrafts: true);
}
