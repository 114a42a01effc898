using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Model;

namespace Sakip.Analytics.Extraction.Output;

/// <summary>
/// The batch built from an extraction, its audit findings included as data notes, and the findings
/// left out because the batch holds no facts for the unit, year and dataset they are about.
/// </summary>
public sealed record TemplateBatchDraft(TemplateBatch Batch, IReadOnlyList<AuditFinding> UnplacedFindings);
