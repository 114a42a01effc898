using Sakip.Analytics.Application.Tenancy;

namespace Sakip.Analytics.Web.Dashboards;

/// <summary>
/// The public pages, downloads and API are anonymous: they see a tenant's published facts only.
/// Drafts need an authorized user and <see cref="TenantScope.WithDrafts"/>.
/// </summary>
public static class PublicScope
{
    public static TenantScope Of(string tenant) => TenantScope.Published(tenant);
}
