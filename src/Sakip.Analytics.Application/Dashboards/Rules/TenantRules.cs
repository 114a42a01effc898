using Sakip.Analytics.Application.Dashboards.ReadModel;
using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;

namespace Sakip.Analytics.Application.Dashboards.Rules;

/// <summary>The domain rules as one tenant configured them: its lower-is-better method and its capaian scale.</summary>
public sealed class TenantRules
{
    public TenantRules(TenantProfile tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        Method = tenant.LowerIsBetterMethod;
        if (tenant.HasOwnScale && CapaianScale.Validate(tenant.ScaleBands) is null)
        {
            Scale = CapaianScale.FromBands(tenant.ScaleBands.Select(b => (b.Label, b.Min, b.Max)));
            ScaleName = $"skala {tenant.Name}";
        }
        else
        {
            Scale = CapaianScale.Permendagri86Of2017;
            ScaleName = "skala Permendagri 86/2017";
        }
    }

    public LowerIsBetterMethod Method { get; }

    public CapaianScale Scale { get; }

    public string ScaleName { get; }

    public string MethodLabel => Method switch
    {
        LowerIsBetterMethod.TwoTargetMinusRealization => "(2 × target − realisasi) / target × 100",
        _ => "target / realisasi × 100",
    };

    /// <summary>The formula a capaian of this polarity is computed with, for the "dihitung dengan" notes.</summary>
    public string Formula(Polarity polarity) =>
        polarity == Polarity.LowerIsBetter ? MethodLabel : "realisasi / target × 100";

    public decimal? Capaian(Polarity polarity, decimal? target, decimal? realization) =>
        target is { } t && realization is { } r ? CapaianCalculator.Compute(polarity, t, r, Method) : null;

    public string? Category(decimal? capaian) => capaian is { } c ? Scale.Classify(c) : null;
}
