namespace Sakip.Analytics.Application.Tenants;

/// <summary>A tenant as the platform admin lists it: its units and how many facts it holds.</summary>
public sealed record TenantSummary(string Tenant, string Name, string Kind, string? Province, long Units, long Facts);
