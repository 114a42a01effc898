namespace Sakip.Analytics.Storage;

/// <summary>Where the warehouse lives. Bound from the "Store" configuration section.</summary>
public sealed class StoreOptions
{
    public const string SectionName = "Store";

    /// <summary>The data folder: holds the DuckDB file and the ETL inbox. Defaults to <see cref="StoreLocation.DefaultDataDirectory"/>.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Load the demo data when the store is empty at start.</summary>
    public bool LoadDemoDataWhenEmpty { get; set; } = true;

    public string ResolvedDataDirectory => string.IsNullOrWhiteSpace(DataDirectory)
        ? StoreLocation.DefaultDataDirectory()
        : Path.GetFullPath(DataDirectory);

    public string DatabasePath => Path.Combine(ResolvedDataDirectory, StoreLocation.DatabaseFileName);

    public string InboxDirectory => Path.Combine(ResolvedDataDirectory, "inbox");
}
