using Sakip.Analytics.Application.Dashboards;
using Sakip.Analytics.Application.Dashboards.ReadModel;
using Sakip.Analytics.Application.Tenancy;
using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Storage.Dashboards;

public sealed partial class DashboardReadModel
{
    public IReadOnlyList<IndicatorValueEntry> IndicatorValues(TenantScope scope, string? unit = null, int? fromYear = null, int? toYear = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return database.Query<IndicatorValueRow>(scope, DashboardSql.Get("indicator_values"), new { unit, fromYear, toYear })
            .Select(r => new IndicatorValueEntry(
                r.Unit, r.IndicatorId, r.Goal, r.Name, r.Level, r.Satuan,
                Slugs.TryParseSlug<Polarity>(r.Polarity, out var polarity) ? polarity : Polarity.HigherIsBetter,
                r.Year, r.Kind, r.Value, r.Text, r.Grade,
                Source(r.SourceDocument, r.SourceTable, r.SourceLine)))
            .ToList();
    }

    private sealed class IndicatorValueRow
    {
        public string Unit { get; init; } = "";
        public long IndicatorId { get; init; }
        public string Goal { get; init; } = "";
        public string Name { get; init; } = "";
        public string Level { get; init; } = "";
        public string? Satuan { get; init; }
        public string Polarity { get; init; } = "";
        public int Year { get; init; }
        public string Kind { get; init; } = "";
        public decimal? Value { get; init; }
        public string Text { get; init; } = "";
        public string? Grade { get; init; }
        public string SourceDocument { get; init; } = "";
        public string? SourceTable { get; init; }
        public int? SourceLine { get; init; }
    }
}
