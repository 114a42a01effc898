using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Identity;
using Sakip.Analytics.Extraction.Tables;

namespace Sakip.Analytics.Extraction.Interpretation;

internal static partial class IndicatorTableReader
{
    /// <summary>
    /// The unit a column group names when units are compared side by side ("Kecamatan Pallangga |
    /// Kecamatan Bajeng" over Target/Realisasi/Capaian each): the figures under it are that unit's.
    /// </summary>
    private static string? UnitOfColumnGroup(TableColumn column, ReadingContext context)
    {
        var named = column.Labels.Take(Math.Max(0, column.Labels.Count - 1)).FirstOrDefault(l => UnitNames.KindOf(l.Trim()) is not UnitKind.Other);
        return named is null ? null : context.ResolveUnit(named);
    }
}
