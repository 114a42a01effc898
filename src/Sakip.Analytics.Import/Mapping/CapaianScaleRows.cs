using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Import.Validation;

namespace Sakip.Analytics.Import.Mapping;

internal static class CapaianScaleRows
{
    public static CapaianScaleBand Map(RowFields row)
    {
        var tenant = row.KnownTenant();
        var label = row.Required(Columns.Label);
        var min = row.Number(Columns.Min);
        var max = row.Number(Columns.Max);
        if (min > max)
        {
            row.Fail(Columns.Max, Reasons.MinAboveMax);
        }

        return new CapaianScaleBand(tenant, label, min, max, row.Origin);
    }
}
