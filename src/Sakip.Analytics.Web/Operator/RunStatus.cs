using Sakip.Analytics.Application.Runs;

namespace Sakip.Analytics.Web.Operator;

/// <summary>The JSON the run page polls.</summary>
public sealed record RunStatus(string Status, string Label, bool Finished, string? RunUrl)
{
    public long? RunId { get; init; }

    public IReadOnlyDictionary<string, int>? Rows { get; init; }

    public int ErrorCount { get; init; }

    public string? Message { get; init; }

    public static RunStatus Of(EtlRun run, string? runUrl)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new RunStatus(run.Status, RunStatusLabels.Label(run.Status), RunStatusLabels.IsFinished(run.Status), runUrl)
        {
            RunId = run.RunId,
            Rows = new Dictionary<string, int>
            {
                ["indicators"] = run.RowsIndicators,
                ["budget"] = run.RowsBudget,
                ["akip"] = run.RowsAkip,
                ["ikm"] = run.RowsIkm,
            },
            ErrorCount = run.ErrorCount,
            Message = run.Message,
        };
    }
}
