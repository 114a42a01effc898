using Sakip.Analytics.Application.Audit;
using Sakip.Analytics.Application.Tenants;

namespace Sakip.Analytics.Web.Admin;

/// <summary>Builds the view models of /admin/pemda from the store (never cached: an admin sees what was just created).</summary>
public sealed class TenantAdminPages(ITenantAdministration administration, IAuditLog audit)
{
    public TenantsPage Tenants(NewTenantForm form) => new(administration.Tenants(), form);

    public TenantPage? Tenant(string tenant, NewUnitForm form) =>
        administration.Tenant(tenant) is { } summary
            ? new TenantPage(summary, administration.Units(tenant), audit.ForTenant(tenant, 30), form)
            : null;
}
