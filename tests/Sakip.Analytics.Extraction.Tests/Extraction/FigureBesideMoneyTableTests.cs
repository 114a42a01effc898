using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>
/// Tables that set each figure beside its money: the Renja evaluation form in an appendix: each group of columns ("Target Kinerja dan Anggaran Renja Tahun Berjalan")
/// split into K, the indicator's figure, and Rp, its money, with the quarters' realizations between them.
/// </summary>
public class FigureBesideMoneyTableTests
{
    private static readonly string[] Form =
    [
        "Tabel Evaluasi Terhadap Hasil Renja Kecamatan Teluk Indah Tahun 2023",
        string.Empty,
        "No\tProgram/Kegiatan\tIndikator Kinerja Program (Outcome)/Kegiatan (Output)\tTarget Kinerja dan Anggaran Renstra Tahun 2026\t\tRealisasi Capaian Kinerja dan Anggaran Renstra s.d. Renja Tahun Lalu (2022)\t\tTarget Kinerja dan Anggaran Renja Tahun Berjalan (2023)\t\tRealisasi Kinerja Pada Triwulan\t\t\t\tRealisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi\t\tTingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun 2023 (%)\t",
        "\t\t\tK\tRp\tK\tRp\tK\tRp\tI\tII\tIII\tIV\tK\tRp\tK\tRp",
        "1\tProgram Penyelenggaraan Pemerintahan dan Pelayanan Publik\tPersentase pelayanan PATEN yang selesai tepat waktu (%)\t100\t6.500.000.000\t85\t2.400.000.000\t90\t1.250.000.000\t90\t92\t94\t95\t95\t1.157.500.000\t95,00\t54,73",
    ];

    [Fact]
    public void Each_groups_K_column_gives_the_indicators_figure_and_the_quarters_give_none()
    {
        var values = Report.Extract(Form).Indicators;

        Assert.Equal(
            [(IndicatorValueKind.RenstraTarget, 2026, 100m), (IndicatorValueKind.Target, 2023, 90m),
             (IndicatorValueKind.Realization, 2023, 95m), (IndicatorValueKind.ReportedCapaianRenstra, 2023, 95m)],
            values.Select(v => (v.Kind, v.Year, v.Value!.Value)));
    }

    [Fact]
    public void The_renja_groups_Rp_columns_give_the_years_budget_line_and_the_cumulative_renstra_money_none()
    {
        var line = Assert.Single(Report.Extract(Form).Budget);

        Assert.Equal((2023, 1_250_000_000m, 1_157_500_000m), (line.Year, line.Pagu, line.Realisasi!.Value));
    }

    [Theory]
    [InlineData("Target", "Rp")]
    [InlineData("K", "Rp")]
    [InlineData("Kinerja", "Pagu")]
    [InlineData("Target", "Anggaran (Rp)")]
    [InlineData("Target", "Dana")]
    public void The_money_beside_each_years_target_in_a_renstra_funding_table_is_no_target_and_no_budget_line(string figure, string money)
    {
        var result = Report.Extract(
            "Tabel 2.3",
            "Rencana Program, Kegiatan dan Pendanaan Indikatif Tahun 2022-2026",
            string.Empty,
            "Program/Kegiatan\tIndikator Kinerja Program (outcome) dan Kegiatan (output)\tTarget Kinerja dan Kerangka Pendanaan\t\t\t\t\t",
            "\t\t2022\t\t2023\t\t2024\t",
            $"\t\t{figure}\t{money}\t{figure}\t{money}\t{figure}\t{money}",
            "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik\tPersentase layanan PATEN tepat waktu\t85\t1.100.000.000\t90\t1.250.000.000\t95\t1.300.000.000");

        Assert.Equal([(2022, 85m), (2023, 90m), (2024, 95m)], result.Indicators.Select(v => (v.Year, v.Value!.Value)));
        Assert.All(result.Indicators, v => Assert.Equal(IndicatorValueKind.RenstraTarget, v.Kind));
        Assert.Empty(result.Budget);
        Assert.Empty(result.Findings);
    }
}
