using Microsoft.Extensions.Options;
using Sakip.Analytics.Application.Dashboards;
using Sakip.Analytics.Application.Dashboards.Definitions;
using Sakip.Analytics.Application.Dashboards.ReadModel;
using Sakip.Analytics.Application.Dashboards.Panels;

namespace Sakip.Analytics.Web.Dashboards;

public static class DashboardServices
{
    /// <summary>The panel queries, the dashboard definitions (loaded on first use) and the runner.</summary>
    public static IServiceCollection AddDashboards(this IServiceCollection services)
    {
        services.AddOptions<DashboardsOptions>().BindConfiguration(DashboardsOptions.SectionName);
        services.AddSingleton(_ => BuiltinPanelQueries.Catalog());
        services.AddSingleton(sp => DashboardLoader.LoadFolder(
            sp.GetRequiredService<IOptions<DashboardsOptions>>().Value.ResolvedFolder,
            sp.GetRequiredService<PanelQueryCatalog>()));
        services.AddSingleton<ReadModelCache>();
        services.AddSingleton<DashboardRunner>();
        return services;
    }

    /// <summary>Loads and validates the definitions now, so that a broken file stops the start with its name and fault.</summary>
    public static DashboardCatalog LoadDashboardsNow(this IServiceProvider services) =>
        services.GetRequiredService<DashboardCatalog>();
}
