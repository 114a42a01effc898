namespace Sakip.Analytics.Application.Export;

/// <summary>Current facts in the long export shape.</summary>
public interface IFactExport
{
    IReadOnlyList<LongFact> Query(FactFilter filter);
}

public sealed record FactFilter(string Tenant, string? Unit = null, int? Year = null, string? Dataset = null);

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
