using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;
using static Sakip.Analytics.Domain.Rules.PrintedRounding;

namespace Sakip.Analytics.Domain.Tests.Rules;

public class CapaianCalculatorTests
{
    private const LowerIsBetterMethod DefaultMethod = LowerIsBetterMethod.TwoTargetMinusRealization;

    [Theory]
    [InlineData(85.00, 80.50, 94.71)] // Sei Balai 2023 IKM, Tabel 3.2
    [InlineData(75.00, 70.15, 93.53)] // Sei Balai 2023 Nilai AKIP
    [InlineData(87, 86.98, 99.98)] // Sungai Sembilan 2022 IKM, Tabel III.2
    [InlineData(75.00, 75.20, 100.27)] // Sei Balai 2019 IKM vs Renstra, Tabel 3.10
    [InlineData(75.25, 77.50, 102.99)] // Sei Balai 2020
    [InlineData(78.00, 77.98, 99.97)] // Sei Balai 2021
    public void Capaian_of_higher_is_better_indicator_is_realization_over_target_as_printed(double target, double realization, double printed)
    {
        var capaian = CapaianCalculator.Compute(Polarity.HigherIsBetter, (decimal)target, (decimal)realization, DefaultMethod);

        Assert.Equal((decimal)printed, RoundAsPrinted(capaian!.Value));
    }

    [Fact]
    public void Capaian_above_100_is_not_capped()
    {
        // Sei Balai 2022 IKM: 90,10 against 80,00. The report prints 112,25% (a known miscomputation in gold);
        // the rule yields 112,63 and keeps it above 100.
        var capaian = CapaianCalculator.Compute(Polarity.HigherIsBetter, 80.00m, 90.10m, DefaultMethod);

        Assert.Equal(112.63m, RoundAsPrinted(capaian!.Value));
        Assert.NotEqual(112.25m, RoundAsPrinted(capaian.Value));
    }

    [Fact]
    public void Capped_is_a_display_helper_that_limits_to_the_cap()
    {
        Assert.Equal(100m, CapaianCalculator.Capped(112.625m, 100m));
        Assert.Equal(94.71m, CapaianCalculator.Capped(94.71m, 100m));
    }

    [Fact]
    public void Capaian_of_lower_is_better_indicator_uses_2T_minus_R()
    {
        // e.g. a complaint rate: target at most 10, realized 8 -> better than target.
        Assert.Equal(120m, CapaianCalculator.Compute(Polarity.LowerIsBetter, 10m, 8m, LowerIsBetterMethod.TwoTargetMinusRealization));
        Assert.Equal(80m, CapaianCalculator.Compute(Polarity.LowerIsBetter, 10m, 12m, LowerIsBetterMethod.TwoTargetMinusRealization));
    }

    [Fact]
    public void Capaian_of_lower_is_better_indicator_with_2T_minus_R_is_floored_at_zero()
    {
        Assert.Equal(0m, CapaianCalculator.Compute(Polarity.LowerIsBetter, 10m, 25m, LowerIsBetterMethod.TwoTargetMinusRealization));
    }

    [Fact]
    public void Capaian_of_lower_is_better_indicator_can_use_target_over_realization()
    {
        Assert.Equal(125m, CapaianCalculator.Compute(Polarity.LowerIsBetter, 10m, 8m, LowerIsBetterMethod.TargetOverRealization));
        Assert.Equal(40m, CapaianCalculator.Compute(Polarity.LowerIsBetter, 10m, 25m, LowerIsBetterMethod.TargetOverRealization));
    }

    [Theory]
    [InlineData(Polarity.HigherIsBetter, LowerIsBetterMethod.TwoTargetMinusRealization, 0, 5)]
    [InlineData(Polarity.LowerIsBetter, LowerIsBetterMethod.TwoTargetMinusRealization, 0, 5)]
    [InlineData(Polarity.LowerIsBetter, LowerIsBetterMethod.TargetOverRealization, 0, 5)]
    [InlineData(Polarity.LowerIsBetter, LowerIsBetterMethod.TargetOverRealization, 10, 0)]
    public void Capaian_is_undefined_when_the_formula_divides_by_zero(Polarity polarity, LowerIsBetterMethod method, int target, int realization)
    {
        Assert.Null(CapaianCalculator.Compute(polarity, target, realization, method));
    }

    [Fact]
    public void Sasaran_capaian_is_the_mean_of_its_indicators()
    {
        Assert.Equal(94.12m, CapaianCalculator.MeanCapaian([94.71m, 93.53m]));
        Assert.Null(CapaianCalculator.MeanCapaian([]));
    }

    [Fact]
    public void Capaian_keeps_full_precision_until_rounded_for_display()
    {
        var capaian = CapaianCalculator.Compute(Polarity.HigherIsBetter, 85m, 80.50m, DefaultMethod)!.Value;

        Assert.True(capaian > 94.7058m && capaian < 94.7059m);
    }
}
