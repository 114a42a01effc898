using Sakip.Analytics.Domain.Facts;

namespace Sakip.Analytics.Import.Validation;

internal sealed partial class RowFields
{
    /// <summary>The tenant of a units or capaian scale row, which must be defined in the batch or stored.</summary>
    public string KnownTenant()
    {
        if (TrySlug(Columns.Tenant, out var tenant) && !_references.IsTenantKnown(tenant))
        {
            Fail(Columns.Tenant, Reasons.UnknownTenant(tenant));
        }

        return tenant;
    }

    /// <summary>The (tenant, unit) of a fact row, which must be defined in the batch or stored.</summary>
    public (string Tenant, string Unit) KnownUnit()
    {
        var tenantIsSlug = TrySlug(Columns.Tenant, out var tenant);
        var unitIsSlug = TrySlug(Columns.Unit, out var unit);
        if (tenantIsSlug && unitIsSlug && !_references.IsUnitKnown(tenant, unit))
        {
            // Blame the tenant when it is unknown too: its units cannot be known either.
            if (_references.IsTenantKnown(tenant))
            {
                Fail(Columns.Unit, Reasons.UnknownUnit(tenant, unit));
            }
            else
            {
                Fail(Columns.Tenant, Reasons.UnknownTenant(tenant));
            }
        }

        return (tenant, unit);
    }

    /// <summary>Where the figure was printed in the source report.</summary>
    public Provenance Provenance() => new(
        Required(Columns.SourceDocument),
        Optional(Columns.SourceTable),
        PlainInteger(Columns.SourceLine, required: false, min: 1, max: null));
}
