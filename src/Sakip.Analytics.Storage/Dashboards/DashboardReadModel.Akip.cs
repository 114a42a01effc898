using Sakip.Analytics.Application.Dashboards;
using Sakip.Analytics.Application.Dashboards.ReadModel;
using Sakip.Analytics.Application.Tenancy;

namespace Sakip.Analytics.Storage.Dashboards;

public sealed partial class DashboardReadModel
{
    public IReadOnlyList<AkipEntry> Akip(TenantScope scope, string? unit = null, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return database.Query<AkipRow>(scope, DashboardSql.Get("akip"), new { unit, year })
            .Select(r => new AkipEntry(
                r.Unit, r.Year, r.Kind, r.Regulation, r.Perencanaan, r.Pengukuran, r.Pelaporan,
                r.EvaluasiInternal, r.Capaian, r.Total, r.Predikat,
                Source(r.SourceDocument, r.SourceTable, r.SourceLine)))
            .ToList();
    }

    public IReadOnlyList<AkipRankEntry> AkipRanking(TenantScope scope, int year)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return database.Query<AkipRankEntry>(scope, DashboardSql.Get("akip_ranking"), new { year });
    }

    private sealed class AkipRow
    {
        public string Unit { get; init; } = "";
        public int Year { get; init; }
        public string Kind { get; init; } = "";
        public string Regulation { get; init; } = "";
        public decimal? Perencanaan { get; init; }
        public decimal? Pengukuran { get; init; }
        public decimal? Pelaporan { get; init; }
        public decimal? EvaluasiInternal { get; init; }
        public decimal? Capaian { get; init; }
        public decimal? Total { get; init; }
        public string? Predikat { get; init; }
        public string SourceDocument { get; init; } = "";
        public string? SourceTable { get; init; }
        public int? SourceLine { get; init; }
    }
}
