using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Import.Validation;

namespace Sakip.Analytics.Import.Mapping;

internal static class TenantRows
{
    public static TenantRecord Map(RowFields row) => new(
        row.Slug(Columns.Tenant),
        row.Required(Columns.Name),
        row.Choice<TenantKind>(Columns.Kind),
        row.Optional(Columns.Province),
        row.OptionalChoice(Columns.LowerIsBetterMethod, LowerIsBetterMethod.TargetOverRealization),
        row.Origin);
}
