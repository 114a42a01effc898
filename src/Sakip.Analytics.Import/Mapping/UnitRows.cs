using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Import.Validation;

namespace Sakip.Analytics.Import.Mapping;

internal static class UnitRows
{
    public const char AliasSeparator = '|';

    public static UnitRecord Map(RowFields row) => new(
        row.KnownTenant(),
        row.Slug(Columns.Unit),
        row.Required(Columns.Name),
        row.Choice<UnitKind>(Columns.Kind),
        SplitAliases(row.Optional(Columns.Aliases)),
        row.Origin);

    private static string[] SplitAliases(string? aliases) =>
        aliases?.Split(AliasSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
}
