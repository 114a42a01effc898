using Sakip.Analytics.Application.Tenancy;

namespace Sakip.Analytics.Web.Dashboards;

/// <summary>
/// The published scope, for work done without a user (the warm-up, the home page's starting
/// questions). A request never uses it: it gets its scope from <see cref="RequestScopes"/>.
/// </summary>
public static class PublicScope
{
    public static TenantScope Of(string tenant) => TenantScope.Published(tenant);
}
