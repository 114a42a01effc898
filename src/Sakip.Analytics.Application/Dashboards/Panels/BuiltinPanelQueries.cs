using Sakip.Analytics.Application.Dashboards.Panels.Queries;

namespace Sakip.Analytics.Application.Dashboards.Panels;

/// <summary>The named queries shipped with the product; a dashboard file may use any of them.</summary>
public static class BuiltinPanelQueries
{
    public static IReadOnlyList<IPanelQuery> All { get; } =
    [
        new OverviewQuery(),
        new AkipRankingQuery(),
        new AkipHeatmapQuery(),
        new AkipComponentsQuery(),
        new MeasureCompareQuery(),
        new MeasureTrendQuery(),
        new BenchmarkQuery(),
        new PeerRankingQuery(),
        new PeerStatisticsQuery(),
        new IndicatorTrendQuery(),
        new IndicatorListQuery(),
        new IndicatorAllQuery(),
        new BudgetProgramsQuery(),
        new BudgetTotalsQuery(),
        new IkmElementsQuery(),
        new DataNotesQuery(),
    ];

    public static PanelQueryCatalog Catalog() => new(All);
}
