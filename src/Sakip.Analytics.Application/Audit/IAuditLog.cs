namespace Sakip.Analytics.Application.Audit;

/// <summary>The append-only record of who imported, published or unpublished what, and when.</summary>
public interface IAuditLog
{
    void Append(AuditEntry entry);

    IReadOnlyList<AuditRecord> ForTenant(string tenant, int limit);
}

public sealed record AuditEntry(string? Tenant, string Actor, string Action, long? BatchId = null, int? Year = null, string? Dataset = null, string? Detail = null);

public sealed record AuditRecord(long AuditId, DateTime OccurredAt, string? Tenant, string Actor, string Action, long? BatchId, int? Year, string? Dataset, string? Detail);

public static class AuditActions
{
    public const string Import = "import";
    public const string Publish = "publish";
    public const string Unpublish = "unpublish";
    public const string TenantCreated = "tenant_created";
    public const string UnitCreated = "unit_created";
    public const string UserCreated = "user_created";
    public const string RoleGranted = "role_granted";
}
