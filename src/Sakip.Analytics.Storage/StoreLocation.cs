namespace Sakip.Analytics.Storage;

/// <summary>The default data folder, shared by the dashboard and the command line.</summary>
public static class StoreLocation
{
    public const string DatabaseFileName = "sakip.duckdb";
    public const string DataDirectoryVariable = "SAKIP_DATA_DIR";

    /// <summary>$SAKIP_DATA_DIR, else $XDG_DATA_HOME/sakip-analytics, else ~/.local/share/sakip-analytics.</summary>
    public static string DefaultDataDirectory()
    {
        var explicitDirectory = Environment.GetEnvironmentVariable(DataDirectoryVariable);
        if (!string.IsNullOrWhiteSpace(explicitDirectory))
        {
            return Path.GetFullPath(explicitDirectory);
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        var baseDirectory = string.IsNullOrWhiteSpace(xdg)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share")
            : xdg;
        return Path.Combine(baseDirectory, "sakip-analytics");
    }
}
