namespace Sakip.Analytics.Web.Dashboards;

/// <summary>Where the dashboard definitions are read from. Bound from the "Dashboards" configuration section.</summary>
public sealed class DashboardsOptions
{
    public const string SectionName = "Dashboards";

    /// <summary>The folder of *.json definitions; defaults to "dashboards" next to the program.</summary>
    public string? Folder { get; set; }

    public string ResolvedFolder => string.IsNullOrWhiteSpace(Folder)
        ? Path.Combine(AppContext.BaseDirectory, "dashboards")
        : Path.GetFullPath(Folder);
}
