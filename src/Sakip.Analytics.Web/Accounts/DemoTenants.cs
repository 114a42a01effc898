using Microsoft.Extensions.Options;
using Sakip.Analytics.Application.Tenants;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Etl;
using Sakip.Analytics.Import;

namespace Sakip.Analytics.Web.Accounts;

/// <summary>The tenants of the demo batches (etl/demo) that the store holds: those get demo accounts.</summary>
public sealed class DemoTenants(IOptions<EtlOptions> etl, ITenantAdministration tenants)
{
    public IReadOnlyList<string> InStore()
    {
        var folder = etl.Value.ResolvedDemoDirectory;
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var demo = Directory.EnumerateDirectories(folder)
            .Select(batch => TemplateReader.Read(batch).Batch)
            .OfType<TemplateBatch>()
            .SelectMany(batch => batch.Tenants.Select(t => t.Slug))
            .ToHashSet(StringComparer.Ordinal);
        return tenants.Tenants().Select(t => t.Tenant).Where(demo.Contains).Order(StringComparer.Ordinal).ToList();
    }
}
