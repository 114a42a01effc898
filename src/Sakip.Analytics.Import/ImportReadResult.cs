using System.Diagnostics.CodeAnalysis;
using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Import;

/// <summary>A batch that passed every check, or every error found in it: a batch with any error loads nothing.</summary>
public sealed class ImportReadResult
{
    private ImportReadResult(TemplateBatch? batch, IReadOnlyList<ImportError> errors)
    {
        Batch = batch;
        Errors = errors;
    }

    public TemplateBatch? Batch { get; }

    public IReadOnlyList<ImportError> Errors { get; }

    [MemberNotNullWhen(true, nameof(Batch))]
    public bool Succeeded => Batch is not null;

    public static ImportReadResult Success(TemplateBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return new ImportReadResult(batch, []);
    }

    public static ImportReadResult Failure(IReadOnlyList<ImportError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("A failed read has at least one error.", nameof(errors));
        }

        return new ImportReadResult(null, errors);
    }
}
