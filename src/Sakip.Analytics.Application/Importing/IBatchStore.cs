using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Application.Importing;

/// <summary>Loads validated batches into the warehouse, all or nothing.</summary>
public interface IBatchStore
{
    bool IsEmpty();

    bool IsKnownTenant(string tenant);

    bool IsKnownUnit(string tenant, string unit);

    /// <summary>
    /// Loads the batch in one transaction, with an "import" entry in the audit log per tenant. A batch
    /// whose content was loaded before changes nothing and returns the earlier batch id with
    /// <see cref="BatchLoadOutcome.AlreadyLoaded"/> set.
    /// </summary>
    BatchLoadOutcome Load(TemplateBatch batch, long runId, string actor);
}

public sealed record BatchLoadOutcome(long BatchId, bool AlreadyLoaded, DatasetRowCounts Rows);

public sealed record DatasetRowCounts(int Indicators, int Budget, int Akip, int Ikm)
{
    public static DatasetRowCounts Of(TemplateBatch batch) =>
        new(batch.Indicators.Count, batch.Budget.Count, batch.Akip.Count, batch.Ikm.Count);

    public int Total => Indicators + Budget + Akip + Ikm;
}
