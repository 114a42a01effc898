using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Domain.Rules;
using static Sakip.Analytics.Domain.Rules.PrintedRounding;

namespace Sakip.Analytics.Domain.Tests.Rules;

public class IkmCalculatorTests
{
    // Sei Balai 2023, Tabel 3.3: the element NRRs as printed (two decimals).
    private static readonly Dictionary<IkmElement, decimal> SeiBalai2023PrintedNrr = new()
    {
        [IkmElement.Persyaratan] = 3.00m,
        [IkmElement.Prosedur] = 3.10m,
        [IkmElement.Waktu] = 3.14m,
        [IkmElement.Biaya] = 3.94m,
        [IkmElement.Produk] = 3.05m,
        [IkmElement.Kompetensi] = 3.17m,
        [IkmElement.Perilaku] = 3.25m,
        [IkmElement.Sarana] = 3.05m,
        [IkmElement.Pengaduan] = 3.31m,
    };

    // The lampiran's NRR TERTIMBANG are score sums over 96 respondents times 0,111; these are those sums.
    private static readonly Dictionary<IkmElement, int> SeiBalai2023ScoreSums = new()
    {
        [IkmElement.Persyaratan] = 288,
        [IkmElement.Prosedur] = 298,
        [IkmElement.Waktu] = 301,
        [IkmElement.Biaya] = 378,
        [IkmElement.Produk] = 293,
        [IkmElement.Kompetensi] = 304,
        [IkmElement.Perilaku] = 312,
        [IkmElement.Sarana] = 293,
        [IkmElement.Pengaduan] = 318,
    };

    [Fact]
    public void Weighted_NRR_of_printed_NRRs_rounds_to_the_printed_3_22()
    {
        Assert.Equal(3.22m, RoundAsPrinted(IkmCalculator.WeightedNrr(SeiBalai2023PrintedNrr)));
    }

    [Fact]
    public void IKM_with_exact_one_ninth_does_not_reproduce_the_printed_80_50()
    {
        // Documented gap: 29,01 / 9 x 25 = 80,58; the report used the spreadsheet weight 0,111.
        Assert.Equal(80.58m, RoundAsPrinted(IkmCalculator.Ikm(SeiBalai2023PrintedNrr)));
    }

    [Fact]
    public void IKM_with_the_spreadsheet_weight_reproduces_the_printed_80_50()
    {
        var weighted = IkmCalculator.WeightedNrr(SeiBalai2023PrintedNrr, IkmCalculator.SpreadsheetElementWeight);

        Assert.Equal(3.22m, RoundAsPrinted(weighted));
        Assert.Equal(80.50m, RoundAsPrinted(IkmCalculator.Ikm(weighted)));
    }

    [Fact]
    public void Lampiran_figures_are_reproduced_from_unrounded_NRRs_and_the_spreadsheet_weight()
    {
        var unrounded = SeiBalai2023ScoreSums.ToDictionary(e => e.Key, e => (decimal)e.Value / 96);

        var weighted = IkmCalculator.WeightedNrr(unrounded, IkmCalculator.SpreadsheetElementWeight);

        Assert.True(PrintedRounding.MatchesPrinted(unrounded[IkmElement.Prosedur] * IkmCalculator.SpreadsheetElementWeight, 0.344563m));
        Assert.True(PrintedRounding.MatchesPrinted(unrounded[IkmElement.Biaya] * IkmCalculator.SpreadsheetElementWeight, 0.437063m));
        Assert.True(PrintedRounding.MatchesPrinted(weighted, 3.220156m));
        Assert.True(PrintedRounding.MatchesPrinted(IkmCalculator.Ikm(weighted), 80.503906m));
        Assert.True(PrintedRounding.MatchesPrinted(IkmCalculator.Ikm(3.220156m), 80.50m));
        Assert.All(unrounded, e => Assert.True(PrintedRounding.MatchesPrinted(e.Value, SeiBalai2023PrintedNrr[e.Key])));
    }

    [Fact]
    public void Weighted_NRR_needs_all_nine_elements()
    {
        var partial = new Dictionary<IkmElement, decimal> { [IkmElement.Waktu] = 3m };

        var exception = Assert.Throws<ArgumentException>(() => IkmCalculator.WeightedNrr(partial));
        Assert.Contains("Persyaratan", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(80.50, "B", "Baik")] // Sei Balai 2023
    [InlineData(80.503906, "B", "Baik")]
    [InlineData(86.98, "B", "Baik")] // Sungai Sembilan 2022
    [InlineData(90.10, "A", "Sangat Baik")] // Sei Balai 2022
    [InlineData(100, "A", "Sangat Baik")]
    [InlineData(88.31, "A", "Sangat Baik")]
    [InlineData(88.305, "B", "Baik")]
    [InlineData(88.30, "B", "Baik")]
    [InlineData(76.61, "B", "Baik")]
    [InlineData(76.605, "C", "Kurang Baik")]
    [InlineData(65.00, "C", "Kurang Baik")]
    [InlineData(64.995, "D", "Tidak Baik")]
    [InlineData(25.00, "D", "Tidak Baik")]
    public void Mutu_bands_are_continuous_from_their_lower_bounds(double ikm, string grade, string description)
    {
        Assert.Equal(new IkmMutu(grade, description), IkmCalculator.Mutu((decimal)ikm));
    }

    [Theory]
    [InlineData(24.99)]
    [InlineData(100.01)]
    public void Mutu_is_undefined_outside_25_to_100(double ikm)
    {
        Assert.Null(IkmCalculator.Mutu((decimal)ikm));
    }

    [Fact]
    public void Element_NRR_is_the_mean_of_the_answers()
    {
        Assert.Equal(2.5m, IkmCalculator.ElementNrr([1, 2, 3, 4]));
        Assert.Null(IkmCalculator.ElementNrr([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => IkmCalculator.ElementNrr([5]));
    }

    [Fact]
    public void Element_NRR_from_answer_counts()
    {
        // 96 respondents whose scores add up to 298, the Sei Balai 2023 Prosedur sum: prints as 3,10.
        var nrr = IkmCalculator.ElementNrr(ones: 0, twos: 0, threes: 86, fours: 10);

        Assert.Equal(3.10m, RoundAsPrinted(nrr!.Value));
        Assert.Null(IkmCalculator.ElementNrr(0, 0, 0, 0));
    }
}
