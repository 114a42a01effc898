namespace Sakip.Analytics.Application.Publishing;

/// <summary>Publishes and unpublishes a tenant's (year, dataset); every change goes to the audit log.</summary>
public interface IPublicationStore
{
    IReadOnlyList<PublicationState> States(string tenant);

    /// <summary>Publishes the newest batch covering (tenant, year, dataset); false when nothing is loaded for it.</summary>
    bool Publish(string tenant, int year, string dataset, string actor);

    bool Unpublish(string tenant, int year, string dataset, string actor);

    /// <summary>Publishes every (year, dataset) a batch covers, for every tenant in it (demo data, platform imports).</summary>
    int PublishBatch(long batchId, string actor);
}

/// <summary>One (year, dataset) of a tenant: what is loaded, what is published, whether a newer draft waits.</summary>
public sealed record PublicationState(
    int Year,
    string Dataset,
    long NewestBatch,
    long? PublishedBatch,
    DateTime? PublishedAt,
    string? PublishedBy)
{
    public bool IsPublished => PublishedBatch is not null;

    public bool HasUnpublishedDraft => PublishedBatch != NewestBatch;
}
