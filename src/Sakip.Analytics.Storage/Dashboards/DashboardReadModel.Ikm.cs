using Sakip.Analytics.Application.Dashboards;
using Sakip.Analytics.Application.Dashboards.ReadModel;
using Sakip.Analytics.Application.Tenancy;
using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Storage.Dashboards;

public sealed partial class DashboardReadModel
{
    public IReadOnlyList<IkmEntry> Ikm(TenantScope scope, string? unit = null, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return database.Query<IkmRow>(scope, DashboardSql.Get("ikm"), new { unit, year })
            .Select(r => new IkmEntry(
                r.Unit, r.Year, r.Respondents, r.Elements(), r.NrrWeightedTotal, r.Ikm, r.Mutu, r.SurveyPeriod,
                Source(r.SourceDocument, r.SourceTable, r.SourceLine)))
            .ToList();
    }

    private sealed class IkmRow
    {
        public string Unit { get; init; } = "";
        public int Year { get; init; }
        public int? Respondents { get; init; }
        public decimal? Persyaratan { get; init; }
        public decimal? Prosedur { get; init; }
        public decimal? Waktu { get; init; }
        public decimal? Biaya { get; init; }
        public decimal? Produk { get; init; }
        public decimal? Kompetensi { get; init; }
        public decimal? Perilaku { get; init; }
        public decimal? Sarana { get; init; }
        public decimal? Pengaduan { get; init; }
        public decimal? NrrWeightedTotal { get; init; }
        public decimal? Ikm { get; init; }
        public string? Mutu { get; init; }
        public string? SurveyPeriod { get; init; }
        public string SourceDocument { get; init; } = "";
        public string? SourceTable { get; init; }
        public int? SourceLine { get; init; }

        public Dictionary<IkmElement, decimal> Elements()
        {
            var elements = new Dictionary<IkmElement, decimal>();
            Add(IkmElement.Persyaratan, Persyaratan);
            Add(IkmElement.Prosedur, Prosedur);
            Add(IkmElement.Waktu, Waktu);
            Add(IkmElement.Biaya, Biaya);
            Add(IkmElement.Produk, Produk);
            Add(IkmElement.Kompetensi, Kompetensi);
            Add(IkmElement.Perilaku, Perilaku);
            Add(IkmElement.Sarana, Sarana);
            Add(IkmElement.Pengaduan, Pengaduan);
            return elements;

            void Add(IkmElement element, decimal? nrr)
            {
                if (nrr is { } value)
                {
                    elements[element] = value;
                }
            }
        }
    }
}
