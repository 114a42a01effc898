namespace Sakip.Analytics.Etl;

/// <summary>Bound from the "Etl" configuration section.</summary>
public sealed class EtlOptions
{
    public const string SectionName = "Etl";

    /// <summary>How often the inbox folder is scanned, in seconds.</summary>
    public int InboxScanSeconds { get; set; } = 5;

    /// <summary>Attempts for a run that fails for a transient reason (I/O, a write conflict).</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The demo batches folder; defaults to the "demo" folder next to the program.</summary>
    public string? DemoDirectory { get; set; }

    public string ResolvedDemoDirectory => string.IsNullOrWhiteSpace(DemoDirectory)
        ? Path.Combine(AppContext.BaseDirectory, "demo")
        : Path.GetFullPath(DemoDirectory);
}
