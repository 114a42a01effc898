namespace Sakip.Analytics.Import.Validation;

/// <summary>
/// The tenants and units a fact may refer to: those the batch defines (taken from the raw rows, so a
/// unit row with an unrelated error does not also make every fact of that unit an error) and those the
/// store already knows, through the caller's lookups.
/// </summary>
internal sealed class ReferenceIndex(
    IReadOnlySet<string> batchTenants,
    IReadOnlySet<(string Tenant, string Unit)> batchUnits,
    Func<string, bool>? isKnownTenant,
    Func<string, string, bool>? isKnownUnit)
{
    public bool IsTenantKnown(string tenant) =>
        batchTenants.Contains(tenant) || isKnownTenant?.Invoke(tenant) == true;

    public bool IsUnitKnown(string tenant, string unit) =>
        batchUnits.Contains((tenant, unit)) || isKnownUnit?.Invoke(tenant, unit) == true;

    public static ReferenceIndex Build(
        IEnumerable<TableLayout> layouts,
        Func<string, bool>? isKnownTenant,
        Func<string, string, bool>? isKnownUnit)
    {
        var tenants = new HashSet<string>(StringComparer.Ordinal);
        var units = new HashSet<(string, string)>();
        foreach (var layout in layouts)
        {
            foreach (var row in layout.DataRows)
            {
                var tenant = layout.Cell(row, Columns.Tenant).Text;
                if (tenant is null)
                {
                    continue;
                }

                if (layout.File == TemplateFiles.Tenants)
                {
                    tenants.Add(tenant);
                }
                else if (layout.File == TemplateFiles.Units && layout.Cell(row, Columns.Unit).Text is { } unit)
                {
                    units.Add((tenant, unit));
                }
            }
        }

        return new ReferenceIndex(tenants, units, isKnownTenant, isKnownUnit);
    }
}
