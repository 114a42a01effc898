namespace Sakip.Analytics.Application.Tenants;

public interface ITenantDirectory
{
    IReadOnlyList<TenantSummary> List();

    TenantSummary? Find(string tenant);
}

public sealed record TenantSummary(string Tenant, string Name, string Kind, string? Province, long Units, long Facts);
