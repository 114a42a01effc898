using Sakip.Analytics.Domain.Facts;
using Sakip.Analytics.Extraction.Tests.Support;

namespace Sakip.Analytics.Extraction.Tests.Extraction;

/// <summary>Budget figures stated in sentences: amounts with their percentage, and percentages alone.</summary>
public class ProseBudgetTests
{
    [Fact]
    public void The_units_belanja_with_its_percentage_of_the_pagu_named_after_it_is_one_line_and_its_percentage_is_checked()
    {
        var result = Report.Extract(
            "Secara keseluruhan realisasi belanja Kecamatan Teluk Indah mencapai Rp 5.480.467.006,- atau 96,68% dari pagu anggaran setelah perubahan sebesar Rp 5.658.112.400,-.");

        var line = Assert.Single(result.Budget);
        Assert.Equal((5_658_112_400m, 5_480_467_006m, 96.68m), (line.Pagu!.Value, line.Realisasi!.Value, line.ReportedPercent!.Value));
        Assert.Equal(BudgetLevel.Total, line.Level);
        Assert.Contains(result.Findings, f => f.Lines.Contains(Report.Line(1)) && f.Description.Contains("96,86", StringComparison.Ordinal));
    }

    [Fact]
    public void Absorption_of_a_belanja_kind_or_a_program_stated_as_a_percentage_alone_is_a_line_with_that_percentage_only()
    {
        var result = Report.Extract(
            "Realisasi Belanja Pegawai sebesar 95,96% dipengaruhi oleh pegawai yang pensiun, sedangkan Belanja Barang dan Jasa terserap 98,02% dan Belanja Modal terserap 97,95%.",
            "Penyerapan terendah menurut program terdapat pada Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota sebesar 96,62%, sedangkan penyerapan tertinggi pada Program Penyelenggaraan Urusan Pemerintahan Umum sebesar 98,13%.");

        Assert.All(result.Budget, b => Assert.True(b is { Pagu: null, Realisasi: null, Stage: BudgetStage.RealisasiReport }));
        Assert.Equal(
            [("Belanja Pegawai", 95.96m), ("Belanja Barang dan Jasa", 98.02m), ("Belanja Modal", 97.95m)],
            result.Budget.Where(b => b.Source.Line == Report.Line(1)).Select(b => (b.Name, b.ReportedPercent!.Value)));
        var programs = result.Budget.Where(b => b.Source.Line == Report.Line(2)).ToList();
        Assert.All(programs, b => Assert.Equal(BudgetLevel.Program, b.Level));
        Assert.Equal(
            [("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 96.62m), ("Program Penyelenggaraan Urusan Pemerintahan Umum", 98.13m)],
            programs.Select(b => (b.Name, b.ReportedPercent!.Value)));
    }

    [Fact]
    public void The_absorption_of_the_whole_budget_as_a_percentage_is_a_total_line_and_no_indicators_value()
    {
        var result = Report.Extract(
            "Tabel 3.2",
            "No.\tSasaran Strategis\tIndikator Kinerja\tSatuan\tTarget\tRealisasi\tCapaian (%)",
            "1.\tMeningkatnya Layanan\tIndeks Kepuasan Masyarakat\tIndeks\t82,00\t84,28\t102,78",
            string.Empty,
            "IKM layanan kecamatan mencapai 84,28 dengan mutu B. Realisasi anggaran mencapai 95,52% dari pagu setelah perubahan.");

        var line = Assert.Single(result.Budget, b => b.Source.IsProse);
        Assert.Equal((BudgetLevel.Total, 95.52m), (line.Level, line.ReportedPercent!.Value));
        Assert.Null(line.Pagu);
        Assert.DoesNotContain(result.Indicators, v => v.Source.IsProse && v.Value == 95.52m);
    }

    [Theory]
    [InlineData("Pada Sasaran 1 penyerapan anggaran sebesar 91,46%, bahkan mampu mewujudkan efisiensi dalam penggunaan anggaran 0,08%.")]
    [InlineData("Penyerapan anggaran program semuanya di atas 95% atau apabila dirata-ratakan menjadi 98,12%.")]
    [InlineData("Realisasi 87,50% masih di bawah target 100%.")]
    [InlineData("Program Pengembangan Sumber Daya Manusia memiliki efisiensi negatif karena capaian indikator programnya (85,40%) lebih rendah daripada penyerapan anggarannya.")]
    public void Percentages_of_a_sasaran_bounds_averages_and_performance_are_not_budget_lines(string sentence)
    {
        Assert.Empty(Report.Extract(sentence).Budget);
    }

    [Fact]
    public void A_leftover_placed_in_a_named_sub_kegiatan_is_its_line_with_that_sisa_and_a_leftover_of_the_whole_is_no_line()
    {
        var result = Report.Extract(
            "Sisa anggaran terbesar terdapat pada sub kegiatan Penyediaan Gaji dan Tunjangan ASN sebesar Rp 184.132.583 sebagai akibat pegawai yang pensiun.",
            "Sisa anggaran sebesar Rp 177.645.394,- terutama berasal dari sisa belanja gaji dan tunjangan ASN.");

        var line = Assert.Single(result.Budget);
        Assert.Equal((BudgetLevel.SubKegiatan, "Penyediaan Gaji dan Tunjangan ASN", 184_132_583m), (line.Level, line.Name, line.Sisa!.Value));
        Assert.Null(line.Pagu);
        Assert.Null(line.Realisasi);
    }

    [Theory]
    [InlineData("Dari pagu anggaran sebesar Rp 2.100.000.000 telah direalisasikan sebesar Rp 1.980.000.000 atau 94,29%.")]
    [InlineData("Penyerapan anggaran tahun 2023 sebesar 94,29% yaitu Rp 1.980.000.000 dari Rp 2.100.000.000.")]
    public void The_pagu_and_the_realisasi_worded_other_ways_are_one_line(string sentence)
    {
        var line = Assert.Single(Report.Extract(sentence).Budget);

        Assert.Equal((2_100_000_000m, 1_980_000_000m, 94.29m), (line.Pagu, line.Realisasi, line.ReportedPercent));
    }

    [Theory]
    [InlineData("Pada tahun 2022 anggaran Kecamatan Teluk Indah sebesar Rp 2.100.000.000 dengan realisasi Rp 1.980.000.000 atau 94,29%.", 2022)]
    [InlineData("Pada tahun 2023 anggaran Kecamatan Teluk Indah sebesar Rp 2.100.000.000 dengan realisasi Rp 1.980.000.000 atau 94,29%.", 2023)]
    public void The_year_a_sentence_opens_with_dates_its_amounts(string sentence, int year)
    {
        var result = Report.Extract(sentence);

        var line = Assert.Single(result.Budget);
        Assert.Equal((year, 2_100_000_000m, 1_980_000_000m), (line.Year, line.Pagu!.Value, line.Realisasi!.Value));
    }

    [Theory]
    [InlineData("Total anggaran Kecamatan Teluk Indah tahun 2023 sebesar Rp 2,45 milyar dengan realisasi Rp 2,33 Miliar.", 2_450_000_000, 2_330_000_000)]
    [InlineData("Total anggaran Kecamatan Teluk Indah tahun 2023 sebesar Rp 2.450 juta dengan realisasi Rp 750 juta.", 2_450_000_000, 750_000_000)]
    [InlineData("Total anggaran Kecamatan Teluk Indah tahun 2023 sebesar Rp 2,45 M dengan realisasi Rp 2,33 M.", 2_450_000_000, 2_330_000_000)]
    [InlineData("Total anggaran Kecamatan Teluk Indah tahun 2023 sebesar Rp 2.450 Jt dengan realisasi Rp 750 jt.", 2_450_000_000, 750_000_000)]
    public void Amounts_stated_in_millions_or_billions_are_read_as_rounded(string sentence, long pagu, long realisasi)
    {
        var result = Report.Extract(sentence);

        var line = Assert.Single(result.Budget);
        Assert.Equal((pagu, realisasi, true), ((long)line.Pagu!.Value, (long)line.Realisasi!.Value, line.IsRounded));
        Assert.Empty(result.Indicators);
    }

    [Fact]
    public void A_rounded_amount_is_not_checked_against_the_rupiah_of_the_table()
    {
        var result = Report.Extract(
            "Tabel 3.8",
            "Realisasi Anggaran per Program Tahun 2023",
            "No\tProgram\tPagu (Rp)\tRealisasi (Rp)\t%",
            "1\tProgram Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\t2.451.234.000\t2.329.876.500\t95,05",
            "\tJumlah\t2.451.234.000\t2.329.876.500\t95,05",
            string.Empty,
            "Total anggaran Kecamatan Teluk Indah tahun 2023 sebesar Rp 2,45 milyar dengan realisasi Rp 2,33 milyar atau 95,05%.");

        Assert.Contains(result.Budget, b => b.IsRounded);
        Assert.Empty(result.Findings);
    }

    [Theory]
    [InlineData("Penyerapan anggaran tahun 2022 mencapai 96,12% dari total anggaran.", 2022)]
    [InlineData("Pada tahun 2022 realisasi anggaran mencapai 96,12% dari pagu.", 2022)]
    [InlineData("Realisasi anggaran mencapai 96,12% dari pagu.", 2023)]
    [InlineData("Realisasi anggaran mencapai 96,12 persen dari pagu.", 2023)]
    public void A_penyerapan_stated_alone_is_of_the_year_its_words_name(string sentence, int year)
    {
        var result = Report.Extract(sentence);

        var line = Assert.Single(result.Budget);
        Assert.Equal((year, 96.12m), (line.Year, line.ReportedPercent!.Value));
    }
}
