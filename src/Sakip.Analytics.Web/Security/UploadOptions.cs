namespace Sakip.Analytics.Web.Security;

/// <summary>Bound from the "Uploads" configuration section: what an Operator's upload may be.</summary>
public sealed class UploadOptions
{
    public const string SectionName = "Uploads";

    /// <summary>The largest upload: all its files together.</summary>
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>The template has seven CSV files; a few more are refused with a clear message instead of a silent cut.</summary>
    public int MaxFiles { get; set; } = 10;

    /// <summary>Where uploads are kept; defaults to "uploads" in the data folder.</summary>
    public string? Folder { get; set; }

    /// <summary>The request may be a little larger than its files: the multipart framing and the form fields.</summary>
    public long MaxRequestBytes => MaxBytes + (64 * 1024);

    public static IReadOnlyList<string> AllowedExtensions { get; } = [".csv", ".xlsx"];
}
