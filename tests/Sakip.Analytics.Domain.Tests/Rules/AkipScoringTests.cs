using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;
using static Sakip.Analytics.Domain.Rules.PrintedRounding;

namespace Sakip.Analytics.Domain.Tests.Rules;

public class AkipScoringTests
{
    [Theory]
    [InlineData(100, "AA")]
    [InlineData(90.01, "AA")]
    [InlineData(90, "A")]
    [InlineData(80.01, "A")]
    [InlineData(80, "BB")]
    [InlineData(70.15, "BB")] // Sei Balai 2023
    [InlineData(70.01, "BB")]
    [InlineData(70, "B")]
    [InlineData(67.25, "B")] // Sei Balai 2020
    [InlineData(60, "CC")]
    [InlineData(50.01, "CC")]
    [InlineData(50, "C")]
    [InlineData(30.01, "C")]
    [InlineData(30, "D")]
    [InlineData(0, "D")]
    public void Predikat_lower_bounds_are_exclusive(double total, string predikat)
    {
        Assert.Equal(predikat, AkipScoring.Predikat((decimal)total));
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(100.01)]
    public void Predikat_is_undefined_outside_0_to_100(double total)
    {
        Assert.Null(AkipScoring.Predikat((decimal)total));
    }

    [Fact]
    public void Weights_of_88_2021_are_30_30_15_25()
    {
        var weights = AkipScoring.Weights(AkipRegulation.PermenPanRb88Of2021);

        Assert.Equal(30m, weights[AkipComponent.Perencanaan]);
        Assert.Equal(30m, weights[AkipComponent.Pengukuran]);
        Assert.Equal(15m, weights[AkipComponent.Pelaporan]);
        Assert.Equal(25m, weights[AkipComponent.EvaluasiInternal]);
        Assert.Null(AkipScoring.Weight(AkipRegulation.PermenPanRb88Of2021, AkipComponent.Capaian));
        Assert.Equal(100m, weights.Values.Sum());
    }

    [Fact]
    public void Weights_of_12_2015_are_30_25_15_10_with_Capaian_Kinerja_20()
    {
        var weights = AkipScoring.Weights(AkipRegulation.PermenPanRb12Of2015);

        Assert.Equal([30m, 25m, 15m, 10m, 20m], Enum.GetValues<AkipComponent>().Select(c => weights[c]));
    }

    [Fact]
    public void Total_is_the_sum_of_components_as_Sei_Balai_2023_prints_it()
    {
        Assert.Equal(70.15m, AkipScoring.Total([22.02m, 20.64m, 11.62m, 15.87m]));
        Assert.Equal(75.00m, AkipScoring.Total([23.53m, 22.7m, 12.9m, 15.87m]));
        Assert.Equal(65.00m, AkipScoring.Total([22.56m, 15.7m, 9.87m, 6.09m, 10.78m])); // 2019, under 12/2015
    }

    [Fact]
    public void Capaian_of_AKIP_realization_against_target_reproduces_the_printed_percentages()
    {
        static decimal Printed(decimal target, decimal realization) =>
            RoundAsPrinted(CapaianCalculator.Compute(Polarity.HigherIsBetter, target, realization, LowerIsBetterMethod.TwoTargetMinusRealization)!.Value);

        Assert.Equal(93.53m, Printed(75.00m, 70.15m));
        Assert.Equal(93.58m, Printed(23.53m, 22.02m)); // Perencanaan
        Assert.Equal(90.93m, Printed(22.7m, 20.64m)); // Pengukuran
        Assert.Equal(90.08m, Printed(12.9m, 11.62m)); // Pelaporan
        Assert.Equal(100m, Printed(15.87m, 15.87m)); // Evaluasi internal
    }

    [Fact]
    public void Component_as_percent_of_its_weight()
    {
        Assert.Equal(68.8m, AkipScoring.PercentOfWeight(AkipRegulation.PermenPanRb88Of2021, AkipComponent.Pengukuran, 20.64m));
        Assert.Equal(60.9m, AkipScoring.PercentOfWeight(AkipRegulation.PermenPanRb12Of2015, AkipComponent.EvaluasiInternal, 6.09m));
        Assert.Null(AkipScoring.PercentOfWeight(AkipRegulation.PermenPanRb88Of2021, AkipComponent.Capaian, 10m));
    }

    [Fact]
    public void Valid_evaluation_has_no_problems()
    {
        var scores = new Dictionary<AkipComponent, decimal>
        {
            [AkipComponent.Perencanaan] = 22.02m,
            [AkipComponent.Pengukuran] = 20.64m,
            [AkipComponent.Pelaporan] = 11.62m,
            [AkipComponent.EvaluasiInternal] = 15.87m,
        };

        Assert.Empty(AkipScoring.Validate(AkipRegulation.PermenPanRb88Of2021, scores, 70.15m));
    }

    [Fact]
    public void Component_above_its_weight_is_a_problem()
    {
        // 17,25 is a fine Evaluasi internal under 88/2021 (weight 25) but not under 12/2015 (weight 10).
        var scores = new Dictionary<AkipComponent, decimal> { [AkipComponent.EvaluasiInternal] = 17.25m };

        Assert.Empty(AkipScoring.Validate(AkipRegulation.PermenPanRb88Of2021, scores, null));
        var problem = Assert.Single(AkipScoring.Validate(AkipRegulation.PermenPanRb12Of2015, scores, null));
        Assert.Equal("evaluasi_internal", problem.Field);
        Assert.Contains("0-10", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Capaian_component_under_88_2021_is_a_problem()
    {
        var scores = new Dictionary<AkipComponent, decimal> { [AkipComponent.Capaian] = 12.13m };

        var problem = Assert.Single(AkipScoring.Validate(AkipRegulation.PermenPanRb88Of2021, scores, null));
        Assert.Equal("capaian", problem.Field);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100.5)]
    public void Total_outside_0_to_100_is_a_problem(double total)
    {
        var problem = Assert.Single(AkipScoring.Validate(AkipRegulation.PermenPanRb88Of2021, new Dictionary<AkipComponent, decimal>(), (decimal)total));
        Assert.Equal("total", problem.Field);
    }

    [Fact]
    public void Imported_evaluation_is_validated_with_its_own_regulation()
    {
        var evaluation = new AkipEvaluationFact(
            "kabupaten-batu-bara", "kecamatan-sei-balai", 2019, AkipValueKind.Realization, AkipRegulation.PermenPanRb12Of2015,
            22.56m, 15.7m, 9.87m, 6.09m, 10.78m, 65.00m, "B", "Inspektorat Daerah Kabupaten Batu Bara",
            new Provenance("lkjip-2023-kabupaten-batu-bara-kecamatan-sei-balai.txt", "Tabel 3.12", 788),
            new TemplateRow("akip.csv", 2));

        Assert.Empty(AkipScoring.Validate(evaluation));
        Assert.Equal(evaluation.Total, AkipScoring.Total(AkipScoring.ComponentScores(evaluation).Values));
        Assert.Equal(evaluation.Predikat, AkipScoring.Predikat(evaluation.Total!.Value));
    }
}
