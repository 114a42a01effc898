namespace Sakip.Analytics.Application.Dashboards.Panels;

/// <summary>
/// A named, parameterized query a dashboard panel can show. Its columns are declared up front so that
/// dashboard definitions can be checked at start (a chart naming an unknown column is a fault).
/// </summary>
public interface IPanelQuery
{
    string Name { get; }

    string Description { get; }

    IReadOnlyList<QueryParameter> Parameters { get; }

    IReadOnlyList<PanelColumn> Columns { get; }

    PanelTable Run(PanelContext context);
}
