using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction;

namespace Sakip.Analytics.Web.Review;

/// <summary>
/// What is kept of a report under review besides the report itself (review.json): who uploaded it with
/// which tenant settings, the Operator's decision per table, the values the Operator corrected, and
/// the load once it happened. The extraction is not stored as such: it is read again from the report
/// with the same settings, which gives the same facts.
/// </summary>
public sealed record ReviewState
{
    public required string File { get; init; }

    public required string UploadedBy { get; init; }

    public required DateTime UploadedAt { get; init; }

    public required ReviewSettings Settings { get; init; }

    /// <summary>The decision per table caption; a caption without one is still to be reviewed.</summary>
    public IReadOnlyDictionary<string, TableDecision> Tables { get; init; } = new Dictionary<string, TableDecision>();

    /// <summary>Corrected values by figure id, as the Operator typed them.</summary>
    public IReadOnlyDictionary<string, string> Edits { get; init; } = new Dictionary<string, string>();

    public ReviewLoad? Loaded { get; init; }

    public TableDecision? DecisionOf(string caption) => Tables.TryGetValue(caption, out var decision) ? decision : null;
}

public enum TableDecision
{
    Accepted,
    Rejected,
}

/// <summary>The tenant as the extractor was told about it at upload: its name, province, method and units with their aliases.</summary>
public sealed record ReviewSettings(string TenantName, string? Province, LowerIsBetterMethod LowerIsBetterMethod, IReadOnlyList<ReviewUnit> Units)
{
    public ExtractionOptions Options() => new()
    {
        Tenant = TenantName,
        Province = Province,
        LowerIsBetterMethod = LowerIsBetterMethod,
        KnownUnits = [.. Units.Select(u => new KnownUnit(u.Name, u.Kind, u.Aliases))],
    };
}

public sealed record ReviewUnit(string Slug, string Name, UnitKind Kind, IReadOnlyList<string> Aliases);

/// <summary>The load of a review: the upload folder its batch was written to (its run follows from it), who and when.</summary>
public sealed record ReviewLoad(string UploadId, string By, DateTime At, string Summary);
