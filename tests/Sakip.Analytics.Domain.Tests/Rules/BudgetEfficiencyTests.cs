using Sakip.Analytics.Domain.Rules;
using static Sakip.Analytics.Domain.Rules.PrintedRounding;

namespace Sakip.Analytics.Domain.Tests.Rules;

public class BudgetEfficiencyTests
{
    [Theory]
    [InlineData(2650313819, 2476764410, 93.45)] // Sei Balai 2023 Program Penunjang, Tabel 3.18
    [InlineData(3135926319, 2933929410, 93.56)] // Sei Balai 2023 total
    [InlineData(18800000, 15050000, 80.05)] // Program Koordinasi Ketentraman dan Ketertiban Umum
    public void Penyerapan_is_realisasi_over_pagu_as_printed(long pagu, long realisasi, double printed)
    {
        Assert.Equal((decimal)printed, RoundAsPrinted(BudgetEfficiency.Penyerapan(pagu, realisasi)!.Value));
    }

    [Fact]
    public void Penyerapan_is_undefined_without_pagu()
    {
        Assert.Null(BudgetEfficiency.Penyerapan(0m, 1000m));
    }

    [Theory]
    [InlineData(94.71, 91.46, 3.25)] // Sei Balai 2023, Tabel 3.15, Sasaran 1
    [InlineData(93.53, 93.45, 0.08)] // Sasaran 2
    public void Efficiency_is_capaian_minus_penyerapan(double capaian, double penyerapan, double printed)
    {
        Assert.Equal((decimal)printed, BudgetEfficiency.Efficiency((decimal)capaian, (decimal)penyerapan));
    }
}
