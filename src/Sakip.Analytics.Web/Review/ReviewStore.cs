using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using Sakip.Analytics.Storage;
using Sakip.Analytics.Web.Operator;

namespace Sakip.Analytics.Web.Review;

/// <summary>A review as kept on disk: its id, the report file and the state.</summary>
public sealed record StoredReview(string Tenant, string Id, string Folder, ReviewState State)
{
    public string ReportPath => Path.Combine(Folder, State.File);
}

/// <summary>
/// Keeps reports under review in &lt;data folder&gt;/reviews/&lt;tenant&gt;/&lt;id&gt;/: the report as uploaded,
/// review.json (<see cref="ReviewState"/>) and extraction.json (what was read, in the gold-schema form,
/// for the record). Every change of a review's state is one locked read-modify-write.
/// </summary>
public sealed class ReviewStore(IOptions<StoreOptions> store)
{
    public const string StateFile = "review.json";
    public const string ExtractionFile = "extraction.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    private readonly Lock gate = new();

    public string Root => Path.Combine(store.Value.ResolvedDataDirectory, "reviews");

    public async Task<StoredReview> CreateAsync(string tenant, UploadedFile report, ReviewState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(state);
        var id = UploadStore.NewId();
        var folder = Folder(tenant, id);
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, report.Name);
        if (!string.Equals(Path.GetDirectoryName(target), folder, StringComparison.Ordinal) || report.Name is StateFile or ExtractionFile)
        {
            throw new InvalidOperationException($"Report file name {report.Name} is not allowed.");
        }

        await using (var source = report.Open())
        await using (var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write))
        {
            await source.CopyToAsync(stream, cancellationToken);
        }

        Write(folder, state);
        return new StoredReview(tenant, id, folder, state);
    }

    public StoredReview? Find(string tenant, string id)
    {
        if (!UploadStore.IsUploadId(id))
        {
            return null;
        }

        var folder = Folder(tenant, id);
        var path = Path.Combine(folder, StateFile);
        return File.Exists(path) ? new StoredReview(tenant, id, folder, Read(path)) : null;
    }

    /// <summary>The tenant's reviews, newest first.</summary>
    public IReadOnlyList<StoredReview> List(string tenant)
    {
        var folder = Path.Combine(Root, CheckedTenant(tenant));
        return !Directory.Exists(folder)
            ? []
            : [.. Directory.EnumerateDirectories(folder)
                .Select(Path.GetFileName)
                .OfType<string>()
                .Where(UploadStore.IsUploadId)
                .OrderDescending(StringComparer.Ordinal)
                .Select(id => Find(tenant, id))
                .OfType<StoredReview>()];
    }

    /// <summary>Changes the state under the lock, so that two decisions posted at once both count.</summary>
    public StoredReview Update(StoredReview review, Func<ReviewState, ReviewState> change)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(change);
        lock (gate)
        {
            var state = change(Read(Path.Combine(review.Folder, StateFile)));
            Write(review.Folder, state);
            return review with { State = state };
        }
    }

    public void Delete(StoredReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        Directory.Delete(review.Folder, recursive: true);
    }

    public static void WriteExtraction(StoredReview review, string json)
    {
        ArgumentNullException.ThrowIfNull(review);
        File.WriteAllText(Path.Combine(review.Folder, ExtractionFile), json + "\n");
    }

    /// <summary>The folder of a review; the tenant is a slug and the id is checked, so the path stays under the root.</summary>
    public string Folder(string tenant, string id) =>
        UploadStore.IsUploadId(id)
            ? Path.Combine(Root, CheckedTenant(tenant), id)
            : throw new ArgumentException("Not a review id.", nameof(id));

    private static string CheckedTenant(string tenant) =>
        Application.Tenants.TenantNames.IsSlug(tenant) ? tenant : throw new ArgumentException("Not a tenant slug.", nameof(tenant));

    private static ReviewState Read(string path) =>
        JsonSerializer.Deserialize<ReviewState>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path} holds no review.");

    private static void Write(string folder, ReviewState state)
    {
        // Written aside and moved over, so that a reader never sees half a file.
        var path = Path.Combine(folder, StateFile);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(state, Json));
        File.Move(temporary, path, overwrite: true);
    }
}
