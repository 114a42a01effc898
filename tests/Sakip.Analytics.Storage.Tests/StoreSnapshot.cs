using Dapper;

namespace Sakip.Analytics.Storage.Tests;

/// <summary>Every table's rows, hashed: two equal snapshots mean the store was not changed.</summary>
public static class StoreSnapshot
{
    private static readonly string[] Tables =
    [
        "tenants", "units", "unit_aliases", "capaian_scales", "batches", "batch_coverage", "indicators",
        "indicator_values", "budget_lines", "akip_evaluations", "ikm_surveys", "data_notes",
    ];

    public static IReadOnlyDictionary<string, string> Take(Warehouse warehouse)
    {
        using var connection = warehouse.Open();
        return Tables.ToDictionary(
            t => t,
            t => connection.ExecuteScalar<string>(
                $"SELECT count(*) || ':' || coalesce(sum(hash(r::VARCHAR)), 0) FROM {t} AS r") ?? "");
    }
}
