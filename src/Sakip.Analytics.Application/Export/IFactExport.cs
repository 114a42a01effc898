using Sakip.Analytics.Application.Tenancy;

namespace Sakip.Analytics.Application.Export;

/// <summary>The facts a scope sees, in the long export shape.</summary>
public interface IFactExport
{
    IReadOnlyList<LongFact> Query(TenantScope scope, FactFilter filter);
}

public sealed record FactFilter(string? Unit = null, int? Year = null, string? Dataset = null);

public sealed record LongFact(
    string Tenant,
    string Unit,
    int Year,
    string Dataset,
    string Measure,
    string? Qualifier,
    string Kind,
    decimal? Value,
    string? Grade,
    string? Text,
    string Source,
    string? Table,
    int? Line,
    long Batch);
