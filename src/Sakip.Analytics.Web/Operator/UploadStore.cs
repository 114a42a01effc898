using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Sakip.Analytics.Storage;
using Sakip.Analytics.Web.Security;

namespace Sakip.Analytics.Web.Operator;

/// <summary>A saved upload: its id (for the URL) and the batch path the ETL job reads.</summary>
public sealed record SavedUpload(string Id, string Folder, string BatchPath);

/// <summary>
/// Keeps uploads under &lt;data folder&gt;/uploads/&lt;tenant&gt;/&lt;id&gt;/: the CSV files in that folder
/// (the folder is the batch), or the one workbook in it (the workbook is the batch).
/// </summary>
public sealed partial class UploadStore(IOptions<StoreOptions> store, IOptions<UploadOptions> uploads)
{
    public string Root => uploads.Value.Folder is { Length: > 0 } folder
        ? Path.GetFullPath(folder)
        : Path.Combine(store.Value.ResolvedDataDirectory, "uploads");

    public static bool IsUploadId(string id) => UploadId().IsMatch(id);

    /// <summary>A new id: the time, then random hex so that two uploads in the same second differ.</summary>
    public static string NewId() => $"{DateTime.UtcNow:yyyyMMddHHmmss}-{RandomNumberGenerator.GetHexString(8, lowercase: true)}";

    /// <summary>An empty upload folder for a batch written by the application itself (a reviewed report).</summary>
    public SavedUpload CreateFolder(string tenant)
    {
        var id = NewId();
        var folder = Folder(tenant, id);
        Directory.CreateDirectory(folder);
        return new SavedUpload(id, folder, folder);
    }

    public async Task<SavedUpload> SaveAsync(string tenant, IReadOnlyList<UploadedFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var id = NewId();
        var folder = Folder(tenant, id);
        Directory.CreateDirectory(folder);
        foreach (var file in files)
        {
            var target = Path.Combine(folder, file.Name);
            if (!string.Equals(Path.GetDirectoryName(target), folder, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Upload file name {file.Name} leaves its folder.");
            }

            await using var source = file.Open();
            await using var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write);
            await source.CopyToAsync(stream, cancellationToken);
        }

        var workbook = files.Count == 1 && files[0].Name.EndsWith(".xlsx", StringComparison.Ordinal);
        return new SavedUpload(id, folder, workbook ? Path.Combine(folder, files[0].Name) : folder);
    }

    /// <summary>The folder of an upload; the tenant is a slug and the id is checked, so the path stays under the root.</summary>
    public string Folder(string tenant, string id)
    {
        if (!TenantSlug().IsMatch(tenant) || !IsUploadId(id))
        {
            throw new ArgumentException("Not a tenant slug and upload id.", nameof(id));
        }

        return Path.Combine(Root, tenant, id);
    }

    [GeneratedRegex("^[0-9]{14}-[0-9a-f]{8}$")]
    private static partial Regex UploadId();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex TenantSlug();
}
