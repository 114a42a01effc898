using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Import.Validation;

/// <summary>Reports every row whose key an earlier row of the batch already has; the first one stands.</summary>
internal static class DuplicateCheck
{
    public static void Report<T, TKey>(
        IEnumerable<T> rows,
        Func<T, TKey> key,
        Func<T, TemplateRow> origin,
        Func<T, string> blamedColumn,
        IReadOnlyList<string> keyColumns,
        ErrorCollector errors)
        where TKey : notnull
    {
        var firstRows = new Dictionary<TKey, TemplateRow>();
        foreach (var row in rows)
        {
            var where = origin(row);
            if (firstRows.TryGetValue(key(row), out var first))
            {
                errors.Add(where.File, where.Row, blamedColumn(row), Reasons.Duplicate(first.Row, keyColumns));
            }
            else
            {
                firstRows.Add(key(row), where);
            }
        }
    }
}
